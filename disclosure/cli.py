"""The ``disclosure`` command line.

Every command works on one instance folder, chosen by ``--instance DIR`` or the
``DISCLOSURE_INSTANCE`` environment variable (default ``./instance``).
"""
from __future__ import annotations

import json
import logging
import os
import sys
from collections import Counter
from pathlib import Path

from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:     # imported when a command runs: `disclosure --help` needs no database
    from disclosure.instance import Instance

SAMPLES_DIR = Path(__file__).resolve().parent / "samples"


def sample_files() -> list[Path]:
    """The bundled sample documents (their sidecars are found beside them)."""
    from disclosure.extract import SUPPORTED_SUFFIXES

    return sorted(p for p in SAMPLES_DIR.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES)


def _instance(ctx: click.Context) -> Instance:
    """The instance folder's handle, made when a command first needs it (``scan`` and
    ``--help`` need none, and making one imports the database layer)."""
    if ctx.obj.get("instance") is None:
        from disclosure.instance import Instance

        ctx.obj["instance"] = Instance(ctx.obj["instance_path"], ctx.obj["rules_dir"])
    return ctx.obj["instance"]


@click.group()
@click.option("--instance", "instance_path", type=click.Path(file_okay=False, path_type=Path),
              envvar="DISCLOSURE_INSTANCE", default="instance", show_default=True,
              help="Instance folder (or DISCLOSURE_INSTANCE).")
@click.option("--rules", "rules_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None, help="Rules folder (default: the rules shipped with the package).")
@click.pass_context
def cli(ctx: click.Context, instance_path: Path, rules_dir: Path | None) -> None:
    """Disclosure Plaza: approved documents in, masked documents out on a searchable site."""
    ctx.ensure_object(dict)
    ctx.obj.update(instance=None, instance_path=instance_path, rules_dir=rules_dir)


def main() -> None:  # pragma: no cover - console entry point wrapper
    from disclosure.instance import InstanceError

    try:
        cli(obj={})
    except InstanceError as e:
        raise SystemExit(f"error: {e}")


@cli.command()
@click.pass_context
def init(ctx: click.Context) -> None:
    """Create (or migrate) the instance folder."""
    inst = _instance(ctx)
    inst.init()
    click.echo(f"instance ready at {inst.path}")


def _require(inst: Instance) -> Instance:
    from disclosure.instance import InstanceError

    try:
        return inst.require()
    except InstanceError as e:
        raise click.ClickException(str(e)) from None


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="작업 프로세스 수 (기본: 이 프로세스가 쓸 수 있는 코어 수; 파일 32개마다 최대 "
                   "하나): 읽기·추출·필터·공개본 만들기를 나눠 맡는다. Worker processes for "
                   "reading, extraction, the filter and the public PDFs (default: the cores "
                   "this process may use; one per 32 files at most).")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[Path, ...], jobs: int | None) -> None:
    """Ingest files or folders (PDF, DOCX, TXT, HTML; sidecar <stem>.json)."""
    from disclosure.pipeline import ingest as run_ingest

    inst = _require(_instance(ctx))
    _warm_up(inst)

    def progress(files):
        with click.progressbar(files, label="ingesting", show_pos=True,
                               item_show_func=lambda p: p.name if p else "") as bar:
            yield from bar

    outcomes = run_ingest(inst, list(paths), progress=progress, jobs=jobs or usable_cores())
    _print_summary(outcomes)
    if any(o.result == "failed" for o in outcomes):
        ctx.exit(1)


def usable_cores() -> int:
    """The cores this process may run on (a container's or taskset's limit included)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:                     # not on Linux
        return os.cpu_count() or 1


def _warm_up(inst: Instance) -> None:
    """Build the filter layers before the progress bar starts (fails early on bad rules)."""
    try:
        inst.layer1, inst.classifier, inst.policy
    except Exception as e:
        raise click.ClickException(f"cannot load the filter: {type(e).__name__}: {e}") from None


def _print_summary(outcomes) -> None:
    counts = Counter(o.result for o in outcomes)
    click.echo("")
    report = getattr(outcomes, "reconcile", None)
    if report:
        click.echo(report.summary())
        for problem in report.problems:
            click.echo(f"  미해결 (still failing) {problem}")
    click.echo("summary: " + ", ".join(
        f"{counts.get(k, 0)} {label}" for k, label in (
            ("published", "published"), ("review", "queued for review"),
            ("withheld", "withheld"), ("scheduled", "scheduled for later release"),
            ("failed", "failed"), ("skipped", "already ingested"))))
    for o in outcomes:
        if o.result in ("review", "withheld", "scheduled", "failed"):
            reason = o.reasons[0] if o.reasons else ""
            click.echo(f"  {o.result:<9} {o.doc_id or Path(o.path).name}: {reason}")


@cli.command()
@click.argument("infile", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("outfile", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def scan(ctx: click.Context, infile: Path, outfile: Path) -> None:
    """Run layer 1 and layer 2 over JSONL records (no instance needed)."""
    from classifiers import load_classifier
    from disclosure.decide import load_policy
    from disclosure.scan import ScanError, read_records, scan_records
    from masking import Layer1

    rules_dir = ctx.obj["rules_dir"]
    from disclosure.second_screen import SecondScreen, load_screen_rules

    layer1, clf, policy = Layer1.from_rules(rules_dir), load_classifier(rules_dir), load_policy(rules_dir)
    screen = SecondScreen(load_screen_rules(rules_dir))
    n = 0
    counts: Counter = Counter()
    tmp = outfile.with_name(outfile.name + ".part")
    try:
        with open(tmp, "w", encoding="utf-8") as out:
            for line in scan_records(read_records(infile), layer1, clf, policy, screen):
                counts[line["decision"]] += 1
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
                n += 1
    except ScanError as e:
        tmp.unlink(missing_ok=True)
        raise click.ClickException(str(e)) from None
    os.replace(tmp, outfile)
    click.echo(f"scanned {n} records: " + ", ".join(f"{v} {k}" for k, v in sorted(counts.items())),
               err=True)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.pass_context
def serve(ctx: click.Context, host: str, port: int) -> None:
    """Serve the site (public pages, questions, officials' workspace)."""
    inst = _require(_instance(ctx))
    _serve(inst, host, port)


def served_url(host: str, port: int) -> str:
    """Where this server answers, for the links it writes into e-mails, texts, the API,
    the feed and the sitemap when no public address is set (DISCLOSURE_WEB_PUBLIC_BASE_URL):
    a server listening on every address is reached on this machine at 127.0.0.1."""
    shown = "127.0.0.1" if host in ("0.0.0.0", "", "::") else host
    shown = f"[{shown}]" if ":" in shown else shown
    return f"http://{shown}:{port}"


def _serve(inst: Instance, host: str, port: int) -> None:
    from web import UnknownSetting, create_app
    from web.server import create_server

    logging.basicConfig()                        # waitress's warnings reach the console
    try:
        app = create_app(inst, served_at=served_url(host, port))
    except UnknownSetting as e:
        raise click.ClickException(str(e)) from e
    server = create_server(app, host, port)      # limits against slow clients: web/server.py
    click.echo(f"serving {inst.path} on http://{host}:{port}/  (Ctrl-C to stop)")
    server.run()


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--no-serve", is_flag=True, help="Set up and ingest, but do not serve.")
@click.pass_context
def demo(ctx: click.Context, host: str, port: int, no_serve: bool) -> None:
    """Create an instance, ingest the bundled samples, add demo officials, and serve."""
    from disclosure import users
    from disclosure.pipeline import ingest as run_ingest

    inst = _instance(ctx)
    inst.init()
    _warm_up(inst)
    outcomes = run_ingest(inst, sample_files())
    _print_summary(outcomes)
    created = users.ensure_demo_users(inst)
    for name, password, role, dept in created:
        click.echo(f"demo official: {name} / {password} ({role}{', ' + dept if dept else ''})")
    if not no_serve:
        _serve(inst, host, port)


@cli.group()
def review() -> None:
    """The review queue."""


@review.command("list")
@click.option("--department", default=None)
@click.pass_context
def review_list(ctx: click.Context, department: str | None) -> None:
    """Documents waiting for an official, oldest first, with the reason."""
    from sqlalchemy import select

    from disclosure import db
    from disclosure.reason_text import decision_reason

    inst = _require(_instance(ctx.find_root()))
    with inst.Session() as s:
        q = select(db.Document).where(db.Document.status == "review").order_by(db.Document.created_at)
        if department:
            q = q.where(db.Document.department == department)
        docs = list(s.scalars(q))
    for d in docs:
        reason = decision_reason((d.reasons or ["-"])[0])
        click.echo(f"{d.id}\t{d.department}\t{d.approver_rank}\t{d.grade or '-'}\t{reason}")
    click.echo(f"{len(docs)} document(s) waiting for review", err=True)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def stats(ctx: click.Context, as_json: bool) -> None:
    """Counts by status, grade and department; failures and the notification outbox."""
    from disclosure.stats import collect

    inst = _require(_instance(ctx))
    data = collect(inst)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=1))
        return
    click.echo(f"documents: {data['documents']}  (publishing {'PAUSED' if data['paused'] else 'on'})")
    for key in ("by_status", "by_grade", "by_department", "notifications"):
        click.echo(f"{key.replace('_', ' ')}:")
        for k, v in data[key].items():
            click.echo(f"  {k or '-'}: {v}")
    click.echo(f"release ratio: {data['release_ratio']:.1%}")
    click.echo(f"ingest failures: {data['failures']}"
               + (f" ({data['failures_resolved']} earlier ones since resolved)"
                  if data["failures_resolved"] else ""))
    for f in data["recent_failures"]:
        click.echo(f"  {f['at']}  {f['path']}: {f['reason']}")


@cli.command()
@click.option("--comment", default="", help="Why publishing is paused.")
@click.pass_context
def pause(ctx: click.Context, comment: str) -> None:
    """Stop all automatic publishing at once: new documents go to review."""
    _set_pause(_require(_instance(ctx)), True, comment)
    click.echo("automatic publishing paused; new documents go to the review queue")


@cli.command()
@click.option("--comment", default="")
@click.pass_context
def resume(ctx: click.Context, comment: str) -> None:
    """Resume automatic publishing."""
    _set_pause(_require(_instance(ctx)), False, comment)
    click.echo("automatic publishing resumed")


def _set_pause(inst: Instance, paused: bool, comment: str) -> None:
    from disclosure import audit

    inst.set_setting("publishing_paused", "1" if paused else "0")
    with inst.Session.begin() as s:
        audit.record(s, os.environ.get("USER", "cli"), "pause" if paused else "resume",
                     comment=comment)


@cli.group()
def user() -> None:
    """Officials' accounts (every change is written to the audit log as "cli")."""


#: The acting user the audit log records for account changes made on the command line.
CLI_ACTOR = "cli"


def _user_change(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except ValueError as e:
        raise click.ClickException(str(e)) from None


@user.command("add")
@click.argument("username")
@click.option("--role", type=click.Choice(["reviewer", "admin"]), default="reviewer", show_default=True)
@click.option("--department", default="", help="A reviewer sees this department's queue.")
@click.password_option()
@click.pass_context
def user_add(ctx: click.Context, username: str, role: str, department: str, password: str) -> None:
    """Add an official (asks for the password)."""
    from disclosure import users

    inst = _require(_instance(ctx.find_root()))
    _user_change(users.add_user, inst, username, password, role, department, actor=CLI_ACTOR)
    click.echo(f"added {role} {username}")


@user.command("list")
@click.pass_context
def user_list(ctx: click.Context) -> None:
    """Every official: name, role, department, active, last sign-in (if known)."""
    from disclosure import users

    inst = _require(_instance(ctx.find_root()))
    accounts = users.list_users(inst)
    click.echo("name\trole\tdepartment\tactive\tlast login")
    for u in accounts:
        last = u.last_login_at.strftime("%Y-%m-%d %H:%M UTC") if u.last_login_at else "-"
        click.echo(f"{u.username}\t{u.role}\t{u.department or '-'}\t"
                   f"{'yes' if u.active else 'no'}\t{last}")
    click.echo(f"{len(accounts)} official(s), {sum(1 for u in accounts if u.active)} active", err=True)


@user.command("set-role")
@click.argument("username")
@click.option("--role", type=click.Choice(["reviewer", "admin"]), required=True)
@click.option("--department", default=None,
              help="The reviewer's department (kept as it is when not given).")
@click.pass_context
def user_set_role(ctx: click.Context, username: str, role: str, department: str | None) -> None:
    """Change an official's role (and department); takes effect at their next request."""
    from disclosure import users

    inst = _require(_instance(ctx.find_root()))
    u = _user_change(users.set_role, inst, username, role, department, actor=CLI_ACTOR)
    click.echo(f"{u.username} is now {u.role}{', ' + u.department if u.department else ''}")


def _set_active(ctx: click.Context, username: str, active: bool) -> None:
    from disclosure import users

    inst = _require(_instance(ctx.find_root()))
    changed = _user_change(users.set_active, inst, username, active, actor=CLI_ACTOR)
    state = "active" if active else "inactive"
    click.echo(f"{'activated' if active else 'deactivated'} {username}" if changed
               else f"{username} was already {state}")


@user.command("deactivate")
@click.argument("username")
@click.pass_context
def user_deactivate(ctx: click.Context, username: str) -> None:
    """Stop an official from signing in; their open sessions end at the next request."""
    _set_active(ctx, username, False)


@user.command("activate")
@click.argument("username")
@click.pass_context
def user_activate(ctx: click.Context, username: str) -> None:
    """Let a deactivated official sign in again."""
    _set_active(ctx, username, True)


@user.command("password")
@click.argument("username")
@click.password_option(prompt="New password")
@click.pass_context
def user_password(ctx: click.Context, username: str, password: str) -> None:
    """Set an official's password (asks twice, without echo)."""
    from disclosure import users

    inst = _require(_instance(ctx.find_root()))
    _user_change(users.set_password, inst, username, password, actor=CLI_ACTOR)
    click.echo(f"password of {username} changed")


@cli.group()
def rules() -> None:
    """The rule files."""


@rules.command("check")
@click.pass_context
def rules_check(ctx: click.Context) -> None:
    """Load and validate every rule file; exit 1 on the first error."""
    from classifiers import load_classifier
    from disclosure.decide import load_policy
    from disclosure.second_screen import load_screen_rules
    from masking import Layer1
    from rules import rules_version

    rules_dir = ctx.find_root().obj["rules_dir"]
    try:
        layer1 = Layer1.from_rules(rules_dir)
        load_classifier(rules_dir)
        load_policy(rules_dir)
        load_screen_rules(rules_dir)
    except Exception as e:
        raise click.ClickException(f"rules invalid: {e}") from None
    # a pattern's starts_with must hold every first character of its matches: checked
    # on the bundled sample documents (the merged scan would lose the others)
    gold = Path(__file__).parent / "samples" / "gold.jsonl"
    texts = [json.loads(line)["text"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    problems = layer1._pattern_scan.starts_with_problems(texts)
    if problems:
        raise click.ClickException("rules invalid: " + "; ".join(problems))
    click.echo(f"rules valid (version {rules_version(rules_dir)})")


#: documents of each corpus family in the training by default: none. Trained on four
#: families, neither layer did better on the other four (benchmarks/lofo.py; README)
FAMILY_DOCS = 0


@cli.command()
@click.option("--layer", type=click.Choice(["1", "2", "all"]), default="all", show_default=True,
              help="Which layer's model to train.")
@click.option("--seed", default=0, show_default=True, type=int)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write the model(s) here instead of over the shipped ones.")
@click.option("--corrections", "corrections_files", multiple=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Also learn from officials' corrections (a `disclosure corrections export` "
                   "file; repeat for several). PRIVATE: the file holds UNMASKED text.")
@click.option("--family-docs", default=FAMILY_DOCS, show_default=True, type=click.IntRange(min=0),
              help="Documents of each corpus_families/ family added to the training (0: the "
                   "project's generator only).")
@click.option("--leave-out", "leave_out", default="",
              help="Comma-separated families left out of the training, to score a model on "
                   "them (leave-one-family-out; see benchmarks/families.py --lofo).")
@click.pass_context
def train(ctx: click.Context, layer: str, seed: int, out_dir: Path | None,
          corrections_files: tuple[Path, ...], family_docs: int, leave_out: str) -> None:
    """Retrain the shipped models from generated data (reproducible for a seed).

    With --corrections, the documents officials reviewed are added to the training
    examples, each repeated a few times: layer 1 learns their masks after review (kept
    and added, not the lifted ones; PERSON, ADDRESS, HEALTH_INFO and BIRTH_DATE only),
    layer 2 their corrected grade and grounds (the calibration stays on generated
    held-out documents). The file is checked completely before training starts.

    PRIVATE: a corrections file holds the UNMASKED original text. Keep it, and the
    models trained from it, on the instance's own machine: never on the public site,
    a shared folder or a public repository. The words only the corrections contain are
    left out of the saved vocabularies, but the weights are still learned from them."""
    from training.family_corpus import family_names

    excluded = frozenset(x.strip() for x in leave_out.split(",") if x.strip())
    unknown = excluded - set(family_names())
    if unknown:
        raise click.ClickException(f"unknown families: {', '.join(sorted(unknown))} "
                                   f"(known: {', '.join(family_names())})")
    records = None
    if corrections_files:
        from disclosure.corrections import CorrectionsError, load_corrections

        try:
            records = load_corrections(corrections_files)
        except CorrectionsError as e:
            raise click.ClickException(f"corrections file invalid: {e}") from None
        click.echo(f"using {len(records)} correction record(s) from "
                   f"{', '.join(str(p) for p in corrections_files)} (PRIVATE: unmasked text)")
    if layer in ("1", "all"):
        from masking.ner.recognizer import MODELS_DIR
        from training.layer1 import train as train_layer1

        target = (out_dir / "layer1") if out_dir else MODELS_DIR / "ko_pii_ner"
        click.echo(f"layer 1: training the NER model into {target}")
        summary = train_layer1(target, seed=seed, log=click.echo, corrections=records,
                               family_docs=family_docs, exclude_families=excluded)
        if records is not None:
            click.echo(f"layer 1: learnt from {summary['corrections']['records']} correction "
                       f"record(s) ({summary['corrections']['entities']} entities)")
    if layer in ("2", "all"):
        from training.layer2 import train as train_layer2

        target = (out_dir / "layer2") if out_dir else None
        path = train_layer2(target, seed=seed, rules_dir=ctx.obj["rules_dir"], corrections=records,
                            family_docs=family_docs, exclude_families=excluded)
        click.echo(f"layer 2: text classifier written to {path}"
                   + (f" (with {len(records)} correction record(s))" if records is not None else ""))


@cli.command("notify")
@click.pass_context
def notify_cmd(ctx: click.Context) -> None:
    """Send pending notifications (retrying failed ones)."""
    from disclosure.notify import send_pending

    sent, failing = send_pending(_require(_instance(ctx)))
    click.echo(f"sent {sent}, still failing {failing}")


@cli.command("purge-contacts")
@click.option("--days", default=None, type=int,
              help="Days after the answer (default: domain.limits.CONTACT_RETENTION_DAYS, 90).")
@click.pass_context
def purge_contacts_cmd(ctx: click.Context, days: int | None) -> None:
    """Erase citizens' contact details of questions answered more than DAYS ago (run daily)."""
    from disclosure.db import utcnow
    from disclosure.questions import purge_contacts
    from domain.limits import CONTACT_RETENTION_DAYS

    inst = _require(_instance(ctx))
    with inst.Session() as s:
        n = purge_contacts(s, utcnow(), CONTACT_RETENTION_DAYS if days is None else days, actor=_actor())
    click.echo(f"contact details erased from {n} answered question(s)")


def _actor() -> str:
    """Who ran a maintenance command, for the audit log."""
    return os.environ.get("USER") or "cli"


@cli.command("reprocess")
@click.option("--dry-run", is_flag=True, help="Only report what would change.")
@click.pass_context
def reprocess_cmd(ctx: click.Context, dry_run: bool) -> None:
    """After a rules change: re-filter published, pending and scheduled documents.

    Every document whose masks or grade would change is taken off the public side and
    queued for review with what changed; the others get the new rules version."""
    from disclosure.reprocess import reprocess

    inst = _require(_instance(ctx))
    _warm_up(inst)
    outcomes = reprocess(inst, actor=_actor(), dry_run=dry_run)
    for o in outcomes:
        if o.result != "unchanged":
            click.echo(f"  {o.result:<9} {o.doc_id}: {o.reason}")
    counts = Counter(o.result for o in outcomes)
    verb = "would be taken down" if dry_run else "taken down for review"
    click.echo(f"reprocessed {len(outcomes)} document(s): {counts.get('unchanged', 0)} unchanged, "
               f"{counts.get('changed', 0) + counts.get('failed', 0)} {verb}")


@cli.command("withdraw")
@click.argument("doc_id")
@click.option("--reason", required=True, help="공개 철회 사유 (감사 기록에 남습니다; why).")
@click.pass_context
def withdraw_cmd(ctx: click.Context, doc_id: str, reason: str) -> None:
    """Take a published document off every public surface (page, search, downloads,
    API, feeds) and back to the review queue; audited as "cli"."""
    from disclosure import db
    from disclosure.publish import (WithdrawalIncomplete, finish_withdrawal, removal_error_ko,
                                    unpublish)
    from domain.lifecycle import STATUS_KO

    inst = _require(_instance(ctx))
    reason = reason.strip()
    if not reason:
        raise click.ClickException("공개 철회 사유를 입력해 주세요 (--reason).")
    with inst.Session() as s:
        doc = s.get(db.Document, doc_id)
        status = doc.status if doc else None
    try:
        if status is None:
            raise click.ClickException(f"문서를 찾을 수 없습니다: {doc_id}")
        if status == db.WITHDRAW_PENDING:        # an earlier removal failed: try it again
            finish_withdrawal(inst, doc_id, actor=CLI_ACTOR, note=f"공개 철회 마무리: {reason}")
        elif status != db.PUBLIC_STATUS:
            raise click.ClickException(
                f"공개 중인 문서가 아닙니다: {doc_id} (현재 상태: {STATUS_KO.get(status, status)})")
        else:
            unpublish(inst, doc_id, actor=CLI_ACTOR, reason=reason, to_status="review")
    except WithdrawalIncomplete as e:
        raise click.ClickException(
            f"{doc_id}: 공개 화면·검색·내려받기에서는 내렸지만 {removal_error_ko(e.error)}. "
            "원인을 해결한 뒤 `disclosure reconcile`로 마무리하세요.") from None
    except click.ClickException:
        raise
    except Exception as e:          # the database locked or full, say: no traceback
        raise click.ClickException(f"{doc_id}: 공개를 철회하지 못했습니다 ({type(e).__name__}: "
                                   f"{e}). `disclosure stats`로 상태를 확인하고 다시 시도하세요."
                                   ) from None
    with inst.Session() as s:
        now = s.get(db.Document, doc_id).status
    click.echo(f"{doc_id}: 공개를 철회했습니다. 공개 화면·검색·내려받기·API·피드에서 내려졌습니다 "
               f"(현재 상태: {STATUS_KO.get(now, now)}).")


@cli.command("reconcile")
@click.pass_context
def reconcile_cmd(ctx: click.Context) -> None:
    """Finish interrupted publications and withdrawals; remove the public copies of
    unpublished documents and leftover temporary files (also run by every ingest)."""
    from disclosure.reconcile import reconcile

    inst = _require(_instance(ctx))
    report = reconcile(inst)
    click.echo(report.summary())
    for problem in report.problems:
        click.echo(f"  미해결 (still failing) {problem}")
    if report.problems:
        ctx.exit(1)


@cli.command("release-due")
@click.pass_context
def release_due_cmd(ctx: click.Context) -> None:
    """Publish scheduled documents whose release date has come (run daily).

    Documents an official scheduled are published (after verification); documents the
    filter withheld until a date go to the review queue for re-examination."""
    from disclosure.release import release_due

    inst = _require(_instance(ctx))
    outcomes = release_due(inst, actor=_actor())
    counts = Counter(o.result for o in outcomes)
    for o in outcomes:
        click.echo(f"  {o.result:<9} {o.doc_id}")
    click.echo(f"{counts.get('published', 0)} published, {counts.get('review', 0)} sent to review"
               + (f", {counts['paused']} waiting (publishing is paused)" if counts.get("paused") else ""))


@cli.group()
def corrections() -> None:
    """Officials' corrections as labelled data (PRIVATE: contains unmasked text)."""


@corrections.command("export")
@click.argument("outfile", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--include-open", is_flag=True,
              help="Also documents still in the review queue (their labels may be incomplete).")
@click.pass_context
def corrections_export(ctx: click.Context, outfile: Path, include_open: bool) -> None:
    """Write what officials reviewed (kept, added and rejected masks; corrected grades
    and grounds) as guideline-form JSONL for training and measurement.

    PRIVATE FILE: every line holds the document's UNMASKED original text. It is written
    readable by its owner only; never publish it or copy it to a shared place."""
    from disclosure.corrections import export_corrections

    inst = _require(_instance(ctx.find_root()))
    summary = export_corrections(inst, outfile, include_open=include_open)
    click.echo(f"wrote {summary.documents} reviewed document(s) to {outfile} "
               f"({summary.entities} entities, {summary.rejected} rejected masks; "
               f"{summary.skipped_open} still in review skipped, "
               f"{summary.skipped_unreadable} without a readable original). "
               "PRIVATE: contains unmasked text.")


@cli.group()
def subscriptions() -> None:
    """Citizens' saved-search e-mail alerts."""


@subscriptions.command("send")
@click.option("--weekly", is_flag=True,
              help="Send the weekly digests (run once a week); without it, the as-published "
                   "alerts (run often, e.g. every 15 minutes).")
@click.option("--base-url", envvar="DISCLOSURE_WEB_PUBLIC_BASE_URL",
              default="http://127.0.0.1:5000", show_default=True,
              help="The public site's address, for links in the messages.")
@click.option("--no-deliver", is_flag=True, help="Only queue the messages (send with `notify`).")
@click.pass_context
def subscriptions_send(ctx: click.Context, weekly: bool, base_url: str, no_deliver: bool) -> None:
    """Queue one message per confirmed subscription with documents published since its
    last message, then deliver the outbox; unconfirmed sign-ups older than 7 days are
    deleted."""
    from disclosure import notify
    from disclosure.subscriptions import send

    inst = _require(_instance(ctx.find_root()))
    summary = send(inst, weekly=weekly, base_url=base_url)
    click.echo(f"{summary.subscriptions} {'weekly' if weekly else 'as-published'} subscription(s): "
               f"{summary.messages} message(s) with {summary.documents} document(s) queued; "
               f"{summary.purged} unconfirmed sign-up(s) deleted")
    if not no_deliver and summary.messages:
        sent, failing = notify.send_pending(inst)
        click.echo(f"delivered {sent}, {failing} still failing (retried by `disclosure notify`)")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(cli(obj={}))
