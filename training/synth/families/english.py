"""English documents (about 10% of a corpus): foreign-resident services, exchanges, security.

Written as the city's English-language offices write them, with Latin-script names,
foreign phone formats, FRNs and passports; office lines and go.kr mail stay visible.
"""
from __future__ import annotations

from .. import values as V
from ..doc import Doc, Ent
from .common import Outline, Spec, budget_section, family


def _contact(c, o):
    o.doc.blank()
    o.doc.line(c.rng.choice([
        f"Contact: {c.drafter} ({c.drafter_rank}), {c.section}, tel. {c.office_tel}, {c.office_mail}",
        f"Inquiries: Seoul Global Center, 02-2075-4180 / Dasan Call Center 120 (press 9 for English)",
        f"For further information please call {c.office_tel} (weekdays 09:00-18:00).",
    ]))


@family("en_notice", "intl", lang="en", weight=1.2)
def en_notice(c):
    r, d = c.rng, Doc()
    o = Outline(c, d, en=True)
    what = r.choice(["Free Korean language classes", "Housing lease consultation day", "Foreign residents' tax help desk",
                     "Job fair for international students", "Health check-up for migrant workers"])
    o.sec("Overview")
    o.item(f"{what} will be held at {r.choice(V.PUBLIC_BUILDINGS)[0]} ({r.choice(V.PUBLIC_BUILDINGS)[1]}).")
    o.item(f"Registration: {c.date_after(10, 3)} to {c.date_after(30, 3)}, online or at the counter.")
    o.item(f"Eligibility: registered foreign residents of Seoul (postal code {V.postal_code(r)} area priority).")
    o.sec("Programme")
    rows = [[f"{r.randint(9, 17)}:00", r.choice(["Opening remarks", "Consultation", "Q&A", "Group session"]), r.choice(["Room A", "Room B", "Hall"])]
            for _ in range(r.randint(2, 4))]
    d.table(["Time", "Session", "Venue"], rows, c.style)
    if r.random() < 0.4:
        budget_section(c, o, en=True)
    _contact(c, o)
    return Spec(f"{what} - notice", "안내문", d, "public")


@family("en_reply", "intl", lang="en")
def en_reply(c):
    r, d = c.rng, Doc()
    o = Outline(c, d, en=True)
    p = c.person_en()
    d.line(r.choice(["To: ", "Dear ", "Petitioner: "]), p)
    d.line("Address: ", Ent("ADDRESS", V.en_address(r)))
    d.line("E-mail: ", Ent("EMAIL", V.en_email(r, p.text)))
    d.blank()
    o.sec("Your petition")
    o.item(f"Received on {c.date_before(20, 3)} (No. {V.receipt_no(r)}): {r.choice(['unpaid wages', 'noise from a construction site', 'visa-related housing contract dispute', 'unfair deposit deduction'])}.")
    o.sec("Result")
    if r.random() < 0.6:
        tel = c.phone() if r.random() < 0.5 else Ent("PHONE", V.foreign_phone(r))
        o.item("Your case was referred to the Labor Office; a counsellor will call you at ", tel, ".")
    else:
        o.item(r.choice(["The district office inspected the site and ordered corrective measures.",
                         "The landlord agreed to return the deposit within 30 days."]))
    if r.random() < 0.5:
        o.item("Registration card on file: ", c.frn())
    _contact(c, o)
    return Spec("Reply to a foreign resident's petition", "민원 처리 결과 회신", d, "partial", recipient=p)


@family("en_support", "intl", lang="en")
def en_support(c):
    r, d = c.rng, Doc()
    o = Outline(c, d, en=True)
    o.sec("Recipients")
    rows = []
    for _ in range(r.randint(2, 5)):
        bank, acc = c.account()
        rows.append([c.person_en(), c.frn(), c.birth(en=True, y0=1960, y1=2004), bank.replace("은행", " Bank"), acc])
    d.table(["Name", "Registration No.", "Date of birth", "Bank", "Account"], rows, c.style)
    o.sec("Notes")
    o.item(f"Support: emergency living costs, KRW {r.randint(3, 15) * 100_000:,} per person.")
    if r.random() < 0.5:
        o.item("One recipient (", c.person_en(), ") reported ", Ent("HEALTH_INFO", r.choice(V.HEALTH_EN)), ".")
    _contact(c, o)
    return Spec("Emergency support for foreign residents - payment decision", "복지 지원 결정", d, "partial")


@family("en_exchange", "intl", lang="en")
def en_exchange(c):
    r, d = c.rng, Doc()
    o = Outline(c, d, en=True)
    city = r.choice(["Hanoi", "Ulaanbaatar", "Manila", "Tashkent", "Lyon", "Osaka"])
    o.sec("Visit")
    o.item(f"Delegation from {city} visits Seoul City Hall ({V.PUBLIC_BUILDINGS[0][1]}) on {c.date_after(20, 3)}.")
    o.item(f"Host: Vice Mayor {c.official()}; escort officer {c.drafter} ({c.office_tel}).")
    if r.random() < 0.4:
        o.item(f"Programme: courtesy call, tour of the statue of King Sejong and Admiral Yi Sun-sin at Gwanghwamun.")
        _contact(c, o)
        return Spec(f"{city} delegation visit - programme", "국제교류", d, "public")
    o.sec("Participants (for hotel and insurance booking)")
    rows = [[c.person_en(), c.passport(), c.birth(en=True), Ent("PHONE", V.foreign_phone(r))] for _ in range(r.randint(2, 5))]
    d.table(["Name", "Passport", "Date of birth", "Mobile"], rows, c.style)
    _contact(c, o)
    return Spec(f"{city} youth delegation - participant list", "국제교류", d, "partial")


@family("en_security", "emergency", lang="en", weight=0.5)
def en_security(c):
    r, d = c.rng, Doc()
    o = Outline(c, d, en=True)
    o.sec("Security arrangements (restricted)")
    o.item(f"Venue: {r.choice(V.PUBLIC_BUILDINGS)[0]}; VIP entrance via the underground car park.")
    o.item(f"Control room server {V.server_ip(r)}; CCTV recorder {V.server_ip(r)}.")
    rows = [[r.choice(["Gate A", "Gate B", "Roof", "Lobby"]), f"{r.randint(2, 8)} guards", f"{r.randint(6, 22):02d}:00"] for _ in range(3)]
    d.table(["Post", "Staff", "From"], rows, c.style)
    o.item("Duty officer mobile: ", c.mobile())
    _contact(c, o)
    return Spec("Security plan for the international mayors' forum", "보안 시설 관리", d, "nonpublic", [2, 3])


@family("en_police", "intl", lang="en", weight=0.4)
def en_police(c):
    r, d = c.rng, Doc()
    o = Outline(c, d, en=True)
    o.sec("Request")
    o.item(f"Seoul {r.choice(['Yongsan', 'Mapo', 'Jongno'])} Police Station, Inspector {c.official()}, requested records of a foreign national under investigation.")
    o.sec("Records provided")
    o.item("Name: ", c.person_en())
    o.item("Registration No.: ", c.frn())
    o.item("Passport: ", c.passport())
    o.item("Last known address: ", Ent("ADDRESS", V.en_address(r)))
    _contact(c, o)
    return Spec("Reply to a police request for records", "수사 협조 회신", d, "nonpublic", [4])
