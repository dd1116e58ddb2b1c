"""Compensation rules (PAY): is the pay there, and is it stated so an applicant can use it?

Rules read ``posting.facts.pay`` (figures), ``pay_notes`` (pay in words, templates, links),
``benefits`` and ``jurisdictions``; none of them reads the posting text itself. The pay-transparency
table (``data/jurisdictions.toml``) is loaded on first use.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from postlint.extract import reference_date
from postlint.model import SectionKind, Severity
from postlint.rule import Field, Rule, RuleOptions
from postlint.scan.textscan import load_toml, package_data

# Currencies whose amounts are on the scale of the dollar, so one table of plausible pay fits them.
_DOLLAR_SCALE = {None, "USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SGD"}
# (lowest, highest) plausible base pay per period in dollar-scale money. The hourly floor is an option.
# A total for a fixed term ("for the 3 months") and a one-off fee have no table: any amount may be right.
_PLAUSIBLE = {"hour": (None, 1_000), "day": (20, 10_000), "week": (100, 50_000), "biweekly": (200, 100_000),
              "semimonthly": (150, 75_000), "month": (300, 150_000), "year": (3_000, 5_000_000)}
_PERIOD_WORDS = {"hour": "an hour", "day": "a day", "week": "a week", "biweekly": "every two weeks",
                 "semimonthly": "twice a month", "month": "a month", "year": "a year"}
_PER_PERIOD = {"hour": "per hour", "day": "per day", "week": "per week", "biweekly": "every two weeks",
               "semimonthly": "twice a month", "month": "per month", "year": "per year", "once": "(one-off)"}
_INSTEAD_RANGE = '"$120,000 - $150,000 per year" or "$45 - $55 per hour"'


def _base(posting):
    """The posting's base pay. Other amounts (premiums, bonuses, stipends, benefits, budgets,
    company money: see ``postlint.extract.pay``) neither satisfy nor trip the PAY rules, and the
    extractor classes figures in a benefits section or a notice as not base pay unless their own
    words name them as pay."""
    return [p for p in posting.facts.pay if p.kind == "base"]


def _stated_unpaid(posting) -> bool:
    """The posting says the work is unpaid ("compensation: gratis", "Pay: volunteer")."""
    return any(n.kind == "unpaid" for n in posting.facts.pay_notes)


_NOTICES = getattr(SectionKind, "NOTICES", None)  # legal/EEO/privacy notices, where the parse stage marks them


def _in_notice(posting, span) -> bool:
    """Whether ``span`` lies in a notice section: a jurisdiction named there ("California
    residents have the right to ...") says nothing about where the job is."""
    if _NOTICES is None or span is None:
        return False
    section = None
    for candidate in posting.sections:
        if candidate.span.line > span.line:
            break
        section = candidate
    return section is not None and section.kind == _NOTICES


_SIGNS = {"USD": "$", "GBP": "£", "EUR": "€"}


def _amount(pay, value: float) -> str:
    """A figure written in the mention's own currency: "$90,000", "€72,000", "PLN 15,000"."""
    sign = _SIGNS.get(pay.currency or "", "")
    if sign:
        return f"{sign}{_money(value)}"
    return f"{pay.currency} {_money(value)}" if pay.currency else _money(value)


def _period_phrase(pay) -> str:
    """ " per year", " every two weeks", " for 3 months", " (one-off)", or "" without a period."""
    if pay.period == "term":
        return f" for {pay.term}" if getattr(pay, "term", None) else " for the term"
    return f" {_PER_PERIOD[pay.period]}" if pay.period in _PER_PERIOD else ""


def _range(pay, low: float, high: float) -> str:
    return f'"{_amount(pay, low)} - {_amount(pay, high)}{_period_phrase(pay)}"'


def _money(value: float) -> str:
    value = float(value)
    return f"{value:,.2f}".rstrip("0").rstrip(".") if not value.is_integer() else f"{value:,.0f}"


class MissingCompensation(Rule):
    """What it checks: a posting with no base pay figure at all: no amount with a currency sign or
    code, no hourly, monthly or yearly rate. Money that is not base pay does not count:
    differentials and premiums, bonuses (sign-on, referral, annual), equity, stipends and
    allowances, reimbursements and relocation, benefit figures (insurance maximums, deductibles,
    spending-account limits), training budgets and perks, and the company's own money. A posting
    that says the work is unpaid ("compensation: gratis", "Pay: volunteer") states its pay.

    Why it matters: pay is the first thing applicants look for, postings without it get fewer and
    less suitable applicants, and a growing number of jurisdictions require it in the posting.

    A salary template include (`{% include job/salary_range.html %}`) counts as pay, since the
    page renders the figures.

    Example: "Senior Data Engineer. Competitive salary and great benefits."

    Instead: state the base pay range and its period: "$120,000 - $150,000 per year".
    """

    code, name, severity = "PAY001", "missing-compensation", Severity.WARNING
    summary = "The posting states no pay figure"

    def check(self, posting, options):
        if _base(posting) or any(n.kind == "template" for n in posting.facts.pay_notes):
            return  # a salary template (18F's salary_range include) renders the figures on the page
        if _stated_unpaid(posting):
            return  # "compensation: gratis": the posting says what it pays
        title = f"'{posting.title}'" if posting.title else "This posting"
        yield self.finding(
            posting.anchor(),
            f"{title} states no pay: add the base pay range and its period",
            instead='"Compensation: $120,000 - $150,000 per year"',
        )


class VagueCompensation(Rule):
    """What it checks: pay described only in words ("competitive salary", "DOE", "commensurate
    with experience", "negotiable", "attractive package") with no figure anywhere in the posting.

    Why it matters: every employer calls its pay competitive; the words tell an applicant nothing
    and read as a reason to hide the number.

    Example: "Salary: competitive, depending on experience."

    Instead: replace the words with the range you would pay: "$95,000 - $115,000 per year,
    depending on experience".
    """

    code, name, severity = "PAY002", "vague-compensation", Severity.WARNING
    summary = "Pay is described only in words"

    def check(self, posting, options):
        if _base(posting):
            return
        for note in posting.facts.pay_notes:
            if note.kind == "vague":
                yield self.finding(
                    note.span,
                    f"'{note.raw}' describes pay without a figure: state the range",
                    instead=_INSTEAD_RANGE,
                )


class OpenEndedRange(Rule):
    """What it checks: pay with only one bound ("up to $90,000", "$150k+", "from $60k",
    "starting at $70,000", "$80,000 and up") when the posting gives no closed range elsewhere.

    Why it matters: "up to" hides the likely offer behind the top of the band and "from" hides the
    ceiling; several pay-transparency laws do not accept open-ended ranges.

    Example: "Salary: up to $90,000 per year."

    Instead: give both bounds: "$75,000 - $90,000 per year".
    """

    code, name, severity = "PAY003", "open-ended-range", Severity.WARNING
    summary = "Pay range has only one bound"

    def check(self, posting, options):
        base = _base(posting)
        if any(not p.open_ended for p in base):
            return
        for pay in base:
            side = "maximum" if pay.bound == "upper" else "minimum"
            missing = "minimum" if pay.bound == "upper" else "maximum"
            yield self.finding(
                pay.span,
                f"'{pay.raw}' gives only a {side}: state the {missing} too",
                instead=_range(pay, round(pay.maximum * 0.8, -3 if pay.maximum >= 10_000 else 0), pay.maximum)
                if pay.bound == "upper" else _range(pay, pay.minimum, round(pay.minimum * 1.25, -3 if pay.minimum >= 10_000 else 0)),
            )


class PayPeriodMissing(Rule):
    """What it checks: a base pay figure whose period (hour, day, week, every two weeks, twice a
    month, month, year) is neither stated next to it ("/hr", "per annum", "monthly", "HOUR",
    "biweekly", "semi-monthly") nor given by its heading or label ("ANNUAL SALARY", "Hourly
    rate:"). Salary-sized figures under a "Salary" or "Compensation" heading count as yearly. A
    total for a fixed term ("for the 3 months") and a one-off fee ("a donation of $100 for the
    logo") need no period.

    Why it matters: "$4,000" could be a week, a month or a one-off; applicants compare offers per
    year or per hour and cannot guess.

    Example: "Pay: $45 - $55."

    Instead: add the period: "$45 - $55 per hour".
    """

    code, name, severity = "PAY004", "pay-period-missing", Severity.WARNING
    summary = "A pay figure has no period"

    def check(self, posting, options):
        for pay in _base(posting):
            if pay.period is None:
                yield self.finding(
                    pay.span,
                    f"'{pay.raw}' has no period: say whether it is per hour, month or year",
                    instead=f'"{pay.raw} per year" or "{pay.raw} per hour"',
                )


class RangeTooWideOptions(RuleOptions):
    max_ratio: float = Field(default=2.0, gt=1.0, description="Largest allowed maximum / minimum")


class RangeTooWide(Rule):
    """What it checks: a pay range whose maximum is more than `max-ratio` times its minimum
    (default 2.0), such as "$60,000 - $180,000".

    Why it matters: a range that wide says nothing about the likely offer; it usually spans
    several levels and reads as a way to comply with a law without informing anyone.

    Example: "Compensation: $60,000 - $180,000 per year."

    Instead: give the range for the level you are hiring at, or one range per level:
    "Senior: $140,000 - $170,000; Staff: $170,000 - $200,000".
    """

    code, name, severity = "PAY005", "range-too-wide", Severity.WARNING
    summary = "Pay range is too wide to inform"
    Options = RangeTooWideOptions

    def check(self, posting, options):
        for pay in _base(posting):
            if pay.is_range and 0 < pay.minimum < pay.maximum and pay.maximum / pay.minimum > options.max_ratio:
                yield self.finding(
                    pay.span,
                    f"'{pay.raw}': the maximum is {pay.maximum / pay.minimum:.1f} times the minimum "
                    f"(more than {options.max_ratio:g}); narrow it to the level you are hiring at",
                    instead=f"{_range(pay, pay.minimum, pay.minimum * options.max_ratio)} or one range per level",
                )


class InvertedRange(Rule):
    """What it checks: a pay range whose first figure is larger than its second ("$90,000 -
    $70,000").

    Why it matters: it is a typo, and an applicant cannot tell which figure is wrong.

    Example: "Salary: $95,000 - $85,000 per year."

    Instead: put the minimum first: "$85,000 - $95,000 per year".
    """

    code, name, severity = "PAY006", "inverted-range", Severity.ERROR
    summary = "Pay range minimum is above its maximum"

    def check(self, posting, options):
        for pay in _base(posting):
            if pay.minimum > pay.maximum:
                yield self.finding(
                    pay.span,
                    f"'{pay.raw}': the minimum is above the maximum; swap them or fix the typo",
                    instead=_range(pay, pay.maximum, pay.minimum),
                )


class ImplausiblePayOptions(RuleOptions):
    hourly_floor: float = Field(default=7.25, ge=0, description="Lowest plausible hourly rate (US federal minimum wage)")


class ImplausiblePay(Rule):
    """What it checks: a base pay figure implausible for its period: "$12 a year", "$150,000 an
    hour", a monthly salary under 300, or an hourly rate under `hourly-floor` (default 7.25, the US
    federal minimum wage). Only currencies on the dollar's scale (USD, EUR, GBP, CAD, AUD, CHF, ...)
    are checked, and only base pay: a "$3.00 per hour night-shift differential" or a "$200/month"
    perk is not the posting's pay.

    Why it matters: the figure or the period is wrong (a missing "k", "per year" instead of "per
    month"), and an applicant cannot know which.

    Example: "Salary: $85 per year."

    Instead: fix the figure or the period: "$85,000 per year" or "$85 per hour".
    """

    code, name, severity = "PAY007", "implausible-pay", Severity.WARNING
    summary = "A pay figure is implausible for its period"
    Options = ImplausiblePayOptions

    def check(self, posting, options):
        for pay in _base(posting):
            if pay.period not in _PLAUSIBLE or pay.currency not in _DOLLAR_SCALE:
                continue  # no period, or a fixed-term total or one-off fee, which may be any amount
            low, high = _PLAUSIBLE[pay.period]
            if pay.period == "hour":
                low = options.hourly_floor
            period = _PERIOD_WORDS[pay.period]
            if low is not None and 0 < pay.minimum < low:
                yield self.finding(pay.span, f"'{pay.raw}' {period} is implausibly low: check the figure and its period",
                                   instead='"$85,000 per year" or "$85 per hour"')
            elif high is not None and pay.maximum > high:
                yield self.finding(pay.span, f"'{pay.raw}' {period} is implausibly high: check the figure and its period",
                                   instead='"$150,000 per year" or "$150 per hour"')


class CurrencyMissing(Rule):
    """What it checks: a base pay figure with no currency sign or code ("Salary: 90,000 - 110,000
    per year").

    Why it matters: remote and international applicants cannot tell dollars from euros or pounds,
    and job boards cannot index the salary.

    Example: "Salary: 90,000 - 110,000 per year."

    Instead: add the sign or the ISO code: "$90,000 - $110,000 per year" or "EUR 90,000 - 110,000".
    """

    code, name, severity = "PAY008", "currency-missing", Severity.INFO
    summary = "A pay figure has no currency"

    def check(self, posting, options):
        for pay in _base(posting):
            if pay.currency is None:
                yield self.finding(pay.span, f"'{pay.raw}' has no currency: add a sign or an ISO code (USD, EUR, GBP)",
                                   instead=f'"USD {pay.raw}" or "EUR {pay.raw}"')


# -- pay-transparency jurisdictions ----------------------------------------------------------------


@lru_cache(maxsize=1)
def jurisdictions() -> dict[str, dict]:
    """The pay-transparency table, by code."""
    text = package_data("postlint.rules", "data/jurisdictions.toml")
    return {entry["code"]: entry for entry in load_toml(text)["jurisdiction"]}


def applicable_laws(posting) -> tuple[list[tuple[dict, object]], list[object]]:
    """(law, mention) for each known jurisdiction in force on the posting's date, and the mentions
    whose code the table does not know (from config: reported, never silently ignored)."""
    table = jurisdictions()
    when = reference_date(posting)
    laws, unknown = [], []
    for mention in posting.facts.jurisdictions:
        law = table.get(mention.code)
        if law is None:
            if mention.reason == "config":
                unknown.append(mention)
            continue
        if _date(law["in-force"]) <= when:
            laws.append((law, mention))
    return laws, unknown


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _where(law: dict, mention) -> str:
    how = "set in config" if mention.reason == "config" else f"from '{mention.raw[:60]}'"
    return f"{law['name']} ({law['code']}, {how})"


class BenefitsUndescribed(Rule):
    """What it checks: a posting in an active jurisdiction that asks for a general description of
    benefits (Colorado, Washington, Illinois, Maryland, Minnesota, New Jersey) with no benefits
    section and no benefit words (health insurance, retirement, paid time off, ...).

    Why it matters: those laws may require the posting to describe benefits and other pay, and
    applicants weigh benefits with salary.

    Example: a Denver posting with a salary range and no word about benefits.

    Instead: add a short benefits section: "Benefits: medical, dental and vision insurance; 401(k)
    with 4% match; 20 days paid time off".
    """

    code, name, severity = "PAY009", "benefits-undescribed", Severity.WARNING
    summary = "An active jurisdiction may require a description of benefits"

    def check(self, posting, options):
        if posting.facts.benefits:
            return
        laws, _ = applicable_laws(posting)
        for law, mention in laws:
            if law.get("benefits") and not _in_notice(posting, mention.span):
                yield self.finding(
                    mention.span or posting.anchor(),
                    f"{_where(law, mention)}: a general description of benefits and other pay may be required "
                    f"({law['citation']}); none found. Not legal advice.",
                    instead='"Benefits: medical, dental and vision insurance; 401(k) match; 20 days paid time off"',
                )
                return


class PayTransparency(Rule):
    """What it checks: the pay-transparency laws of the posting's active jurisdictions. A
    jurisdiction is active when config lists it (`jurisdictions = ["US-CO"]`) or, unless
    `infer-jurisdictions = false`, when the job's location is there ("Location: Denver, CO", "open
    to candidates in Colorado"; "Remote (US)" alone activates none). It applies from its in-force
    date, judged at the posting's date or `--today`. The rule reports: no pay figure where pay may
    be required; an open-ended figure ("up to", "+", "from") where a minimum and a maximum may be
    required; a range wider than a legal cap (New Jersey's proposed 60% of the minimum, Ontario's
    CAD 50,000 below CAD 200,000); pay only behind a link or template where the posting itself may
    have to show it (California). Employer-size thresholds are shown in messages (postlint cannot
    know them). Jurisdictions, with the date each applies from (rules/data/jurisdictions.toml holds
    what each asks and its citation):

      US-CO Colorado (from 2021-01-01)
      US-NY-NYC New York City (from 2022-11-01)
      US-NY New York State (from 2023-09-17)
      US-CA California (from 2023-01-01)
      US-WA Washington (from 2023-01-01)
      US-IL Illinois (from 2025-01-01)
      US-MD Maryland (from 2024-10-01)
      US-MA Massachusetts (from 2025-10-29)
      US-VT Vermont (from 2025-07-01)
      US-MN Minnesota (from 2025-01-01)
      US-NJ New Jersey (from 2025-06-01)
      US-HI Hawaii (from 2024-01-01)
      US-DC District of Columbia (from 2024-06-30)
      CA-BC British Columbia (from 2023-11-01)
      CA-ON Ontario (from 2026-01-01)

    This is a summary of the laws, not legal advice.

    Why it matters: postings that omit required pay information may breach these laws, and the
    laws exist because applicants need the pay to decide whether to apply.

    Example: "Location: Denver, CO ... Salary: up to $90,000 per year."

    Instead: state a good-faith minimum and maximum in the posting itself: "Salary: $75,000 -
    $90,000 per year".
    """

    code, name, severity = "PAY010", "pay-transparency", Severity.ERROR
    summary = "An active jurisdiction's pay-transparency requirement is not met"

    def check(self, posting, options):
        laws, unknown = applicable_laws(posting)
        for mention in unknown:
            yield self.finding(
                posting.anchor(),
                f"unknown jurisdiction '{mention.code}' in config `jurisdictions`; known: {', '.join(jurisdictions())}",
                instead='jurisdictions = ["US-CO", "US-NY-NYC"]',
            )
        laws = [(law, mention) for law, mention in laws if not _in_notice(posting, mention.span)]
        if not laws or _stated_unpaid(posting):
            return  # no law where the job is, or unpaid work the posting says is unpaid
        base = _base(posting)
        notes = posting.facts.pay_notes
        codes = {law["code"] for law, _ in laws}
        for law, mention in laws:
            if law["code"] == "US-NY" and "US-NY-NYC" in codes:
                continue  # New York City's rule asks for the same and is reported; once is enough
            where, cite = _where(law, mention), law["citation"]
            if not base:
                behind = next((n for n in notes if n.kind in ("link", "template")), None)
                if behind is not None and not law.get("in-posting"):
                    continue  # pay on a linked page or rendered by a template may be allowed there
                span = behind.span if behind is not None else (mention.span or posting.anchor())
                what = "shown only behind a link" if behind is not None else "missing"
                yield self.finding(
                    span,
                    f"{where}: pay is {what}; the posting itself may be required to contain {law['must-contain']} "
                    f"({cite}; {law['employers']}). Not legal advice.",
                    instead='"Salary: $75,000 - $90,000 per year"',
                )
                continue
            closed = [p for p in base if not p.open_ended]
            if law.get("no-open-ended") and not closed:
                pay = base[0]
                yield self.finding(
                    pay.span,
                    f"{where}: '{pay.raw}' is open-ended; a minimum and a maximum may be required ({cite}). Not legal advice.",
                    instead='"$75,000 - $90,000 per year"',
                )
                continue
            yield from self._width(law, where, closed)

    def _width(self, law: dict, where: str, closed):
        ratio = law.get("max-width-ratio")
        cap = law.get("max-width")
        for pay in closed:
            if not pay.is_range or pay.minimum <= 0 or pay.minimum > pay.maximum:
                continue
            if ratio is not None and (pay.maximum - pay.minimum) / pay.minimum > ratio:
                note = f"; {law['note']}" if law.get("note") else ""
                yield self.finding(
                    pay.span,
                    f"{where}: '{pay.raw}' spans {(pay.maximum - pay.minimum) / pay.minimum:.0%} of its minimum; "
                    f"a range of at most {ratio:.0%} may be required ({law['citation']}{note}). Not legal advice.",
                    instead=_range(pay, pay.minimum, pay.minimum * (1 + ratio)),
                )
            elif cap is not None and self._in_width_currency(pay, law) and pay.maximum - pay.minimum > cap \
                    and not pay.minimum > law.get("width-exempt-above", float("inf")):
                yield self.finding(
                    pay.span,
                    f"{where}: '{pay.raw}' is {_money(pay.maximum - pay.minimum)} wide; a range of at most "
                    f"{law.get('width-currency', '')} {_money(cap)} may be required ({law['citation']}). Not legal advice.",
                    instead=_range(pay, pay.minimum, pay.minimum + cap),
                )

    @staticmethod
    def _in_width_currency(pay, law: dict) -> bool:
        # A bare "$" in a posting for a Canadian jurisdiction is read as that jurisdiction's dollar.
        wanted = law.get("width-currency")
        explicit_usd = "USD" in pay.raw.upper() or "US$" in pay.raw.upper()
        return pay.currency in (wanted, None) or (pay.currency == "USD" and wanted == "CAD" and not explicit_usd)
