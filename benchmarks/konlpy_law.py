"""Real public legal text for measuring over-masking: the Korean Constitution and ten
National Assembly bills that KoNLPy ships as corpora (``kolaw``, ``kobill``).

usage: python benchmarks/konlpy_law.py OUT_DIR

Downloads the konlpy wheel from the package index with pip (``pip download konlpy
--no-deps``; nothing is installed), reads ``konlpy/data/corpus/kolaw/*.txt`` and
``kobill/*.txt`` out of it and writes ``OUT_DIR/konlpy_law.jsonl`` in the guideline
format with no gold spans (``entities: []``). Then:

    python benchmarks/families.py --real-public OUT_DIR ...

counts masked spans per 50 KB and documents withheld. Laws and bills are public; the
bar is no mask and no document withheld. The texts are not kept in this repository:
the laws are public-domain works (저작권법 제7조), the package that carries them is GPL.
They may also be among the sets the filter is judged on, so a figure on them is a
check, not a held-out result.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PREFIX = "konlpy/data/corpus/"


def fetch_wheel(dest: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "konlpy", "--no-deps", "-q", "-d", str(dest)],
                   check=True)
    wheels = sorted(dest.glob("konlpy-*.whl"))
    if not wheels:
        raise SystemExit("pip download gave no konlpy wheel")
    return wheels[-1]


def records(wheel: Path) -> list[dict]:
    out = []
    with zipfile.ZipFile(wheel) as z:
        for name in sorted(z.namelist()):
            if not name.startswith(PREFIX) or not name.endswith(".txt"):
                continue
            corpus, stem = name[len(PREFIX):].split("/")[0], Path(name).stem
            if corpus not in ("kolaw", "kobill"):
                continue
            text = z.read(name).decode("utf-8").replace("\r\n", "\n")
            out.append({"id": f"{corpus}-{stem}", "text": text, "entities": [],
                        "title": text.strip().split("\n", 1)[0][:80], "source": f"{wheel.name}:{name}"})
    return out


def main(argv=None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        raise SystemExit(__doc__.split("\n\n")[1])
    out_dir = Path(args[0])
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        recs = records(fetch_wheel(Path(tmp)))
    path = out_dir / "konlpy_law.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    print(f"wrote {len(recs)} documents ({sum(len(r['text'].encode()) for r in recs) // 1024} KB) to {path}")


if __name__ == "__main__":
    main()
