"""The pay extractor: every format the compensation issue lists, and the figures that are not pay.

Each posting here is written for these tests. A title line comes first so the figure's line is a
body line, as in real postings.
"""

from __future__ import annotations

import random

import pytest
from postlint.engine import Engine
from postlint.engine.config import Config

_ENGINE = Engine(Config())


def parse(text: str, path: str = "<text>"):
    return _ENGINE.check_text(text, path).postings


def pay_of(body: str, path: str = "<text>"):
    return parse("Data Engineer\n" + body + "\n", path)[0].facts.pay


def one(body: str):
    found = pay_of(body)
    assert len(found) == 1, [p.raw for p in found]
    return found[0]


@pytest.mark.parametrize(
    "body,minimum,maximum,currency,period",
    [
        ("Compensation: $12,100 monthly", 12100, 12100, "USD", "month"),
        ("ANNUAL SALARY\n\n$48,211 to $64,999\n\nDUTIES\n\nKeep the books.", 48211, 64999, "USD", "year"),
        ("We pay $120k-$150k a year.", 120000, 150000, "USD", "year"),
        ("Base pay is $120K – 150K USD per year.", 120000, 150000, "USD", "year"),
        ("Gehalt: 120.000-140.000 EUR pro Jahr", 120000, 140000, "EUR", "year"),
        ("We offer £45,000 - £55,000 per annum.", 45000, 55000, "GBP", "year"),
        ("The rate is $25/hr.", 25, 25, "USD", "hour"),
        ("Pay: $25.50 - $30.00 per hour", 25.5, 30, "USD", "hour"),
        ("Salary: up to $90,000", 90000, 90000, "USD", "year"),
        ("Salary: $150,000+", 150000, 150000, "USD", "year"),
        ("Salary from $60k a year.", 60000, 60000, "USD", "year"),
        ("Salary: USD 95,000-110,000 + equity", 95000, 110000, "USD", "year"),
        ("Salary between $80,000 and $95,000 annually.", 80000, 95000, "USD", "year"),
        ("Pay: $70,000 — $85,000 per year", 70000, 85000, "USD", "year"),
        ("Salary: 90.000 € per year", 90000, 90000, "EUR", "year"),
        ("Compensation: $3,000 a month", 3000, 3000, "USD", "month"),
        ("Paid $22 an hour.", 22, 22, "USD", "hour"),
        ("Salary: £85-125k gross / year", 85000, 125000, "GBP", "year"),
        ("Salary: €55,000 p.a.", 55000, 55000, "EUR", "year"),
        ("Hourly rate: $31.75", 31.75, 31.75, "USD", "hour"),
    ],
)
def test_reads_every_listed_format(body, minimum, maximum, currency, period):
    pay = one(body)
    assert (pay.minimum, pay.maximum, pay.currency, pay.period) == (minimum, maximum, currency, period)
    assert pay.kind == "base"


@pytest.mark.parametrize(
    "body,bound",
    [
        ("Salary: up to $90,000 per year", "upper"),
        ("Salary: $150,000+ per year", "lower"),
        ("Salary: from $60k per year", "lower"),
        ("Salary: starting at $70,000 per year", "lower"),
        ("Salary: $80,000 and up", "lower"),
    ],
)
def test_one_sided_figures_are_open_ended(body, bound):
    pay = one(body)
    assert pay.open_ended and pay.bound == bound


def test_ranges_and_plus_extras_are_not_open_ended():
    assert not one("Salary: USD 95,000-110,000 + equity").open_ended
    assert not one("Salary: $120,000 - $150,000 per year").open_ended


@pytest.mark.parametrize(
    "body",
    [
        "Benefits: 401(k) with 4% match.",
        "Founded in 2026 with offices in three cities.",
        "Call us on 555-123-4567 with questions.",
        "Our stack runs Python 3.12 and Postgres 16.2.",
        "Our backend is PHP 8.3 and Laravel 11.",
        "You will work 40 hours/week from our office.",
        "You need 5+ years of experience.",
        "Seniority credit at the rate of 0.25 of a point for each year of service is added.",
        "Salary steps are reviewed (effective 6/26/16).",
    ],
)
def test_not_pay(body):
    assert pay_of(body) == []


@pytest.mark.parametrize(
    "body,kind",
    [
        ("Perks: a $500 home-office stipend", "stipend"),
        ("We add a $10,000 relocation bonus.", "reimbursement"),
        ("Plus a $20,000 signing bonus.", "bonus"),
        ("Annual performance bonus of up to $15,000.", "bonus"),
        ("New hires receive $40,000 in RSUs.", "equity"),
        ("Interns receive a monthly stipend of $3,000.", "stipend"),
    ],
)
def test_kinds(body, kind):
    assert one(body).kind == kind


def test_equity_after_a_base_range_leaves_it_base():
    found = pay_of("Salary: $120,000 - $140,000 per year plus a $5,000 signing bonus")
    assert [(p.minimum, p.kind) for p in found] == [(120000, "base"), (5000, "bonus")]


def test_several_ranges_on_one_line_stay_apart():
    found = pay_of("ANNUAL SALARY\n\n$42,000 to $61,000 and $53,000 to $78,000\n\nDUTIES\n\nWork.")
    assert [(p.minimum, p.maximum, p.period) for p in found] == [(42000, 61000, "year"), (53000, 78000, "year")]


def test_flat_rated_single_figure_is_not_open_ended():
    pay = one("ANNUAL SALARY\n\n$86,000 (flat-rated)\n\nDUTIES\n\nWork.")
    assert (pay.minimum, pay.maximum, pay.open_ended, pay.period) == (86000, 86000, False, "year")


def test_period_inferred_from_compensation_heading_for_salary_sized_figures_only():
    assert one("Compensation\n\n$95,000 - $120,000").period == "year"
    assert one("Compensation\n\n$40 - $55").period is None


def test_figure_without_currency_is_kept_only_in_pay_context():
    pay = one("Salary: 90,000 - 110,000 per year")
    assert (pay.minimum, pay.maximum, pay.currency) == (90000, 110000, None)
    assert pay_of("We have 90,000 customers and 110,000 users.") == []


def test_dollar_means_the_only_dollar_the_posting_names():
    assert one("Salary: $90,000 - $100,000 CAD per year").currency == "CAD"
    assert one("Based in Toronto. All amounts in CAD.\nSalary: $90,000 per year").currency == "CAD"
    assert one("Salary: $90,000 per year").currency == "USD"


def test_span_points_at_the_figures():
    postings = parse("Data Engineer\nCompensation: $120,000 - $150,000 per year\n")
    pay = postings[0].facts.pay[0]
    line = postings[0].line_text(pay.span.line)
    assert line[pay.span.column - 1 : pay.span.end_column - 1] == "$120,000 - $150,000"


def test_front_matter_payrange_and_salary_include():
    text = (
        "---\ntitle: Engineer\nmin_payrange: $ 100,000\nmax_payrange: $ 130,000\n---\n"
        "Build things.\n\n{% include job/salary_range.html min=\"$101,000\" max=\"$131,000\" %}\n"
    )
    pay = parse(text, path="job.md")[0].facts.pay
    assert [(p.source, p.minimum, p.maximum, p.period) for p in pay] == [
        ("front-matter", 100000, 130000, "year"),
        ("template", 101000, 131000, "year"),
    ]


def test_payrange_keys_are_read_when_front_matter_is_not_yaml():
    text = "---\ntitle: Engineer\nlist: x\n- broken\nmin_payrange: $ 100,000\nmax_payrange: $ 130,000\n---\nBuild things.\n"
    pay = parse(text, path="job.md")[0].facts.pay
    assert [(p.source, p.minimum, p.maximum) for p in pay] == [("front-matter", 100000, 130000)]


def test_vague_pay_words_are_noted_only_in_a_pay_sentence():
    notes = parse("Engineer\nWe offer a competitive salary.\nJohn Doe will be your manager.\n")[0].facts.pay_notes
    assert [n.raw for n in notes if n.kind == "vague"] == ["competitive salary"]


@pytest.mark.parametrize("phrase", ["competitive salaries", "competitive rates", "excellent pay", "generous compensation"])
def test_plural_and_other_vague_pay_phrases_are_noted(phrase):
    notes = parse(f"Engineer\nWe offer {phrase} and great benefits.\n")[0].facts.pay_notes
    assert [n.raw for n in notes if n.kind == "vague"] == [phrase]


def test_pay_links_name_pay_not_any_address_with_pay_in_it():
    notes = parse(
        "Engineer\nSee the [salary range](https://example.com/jobs) here.\nPay with https://paypal.example/checkout.\n"
        "Details: https://example.com/pay-range/eng\n"
    )[0].facts.pay_notes
    assert [n.raw for n in notes if n.kind == "link"] == [
        "[salary range](https://example.com/jobs)", "https://example.com/pay-range/eng"
    ]


def test_extractor_survives_random_text():
    rng = random.Random(7)
    alphabet = "$€£0123456789,.-–k /+ perhouryaUSDEUR\n\t()%"
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
        parse(text)
    parse("$" + "9" * 5000 + " " + "1," * 3000)
    from postlint.extract.pay import MAX_FIGURES

    found = pay_of("Salary: " + "$1,000 - $2,000 per year; " * 4000)  # one 120 kB line
    assert len(found) == MAX_FIGURES // 2  # ranges of two figures each, up to the bound
    assert all((p.minimum, p.maximum, p.period) == (1000, 2000, "year") for p in found)


def test_bulletin_salary_block_reads_as_yearly_usd_ranges():
    body = (
        "ANNUAL SALARY\n\n"
        "For trainee positions:  $61,000 to $79,000; $64,000 to $83,000\n"
        "For journey-level positions:  $88,000; $91,000 (flat-rated)\n"
        "$52,000* to $77,000 (effective 7/1/19)\n"
        "The salary in the Harbor Department is $66,000 to $81,000 and $70,000 to $86,000.\n"
        "Part-time appointments are hired at an hourly rate ($19.10).\n\n"
        "DUTIES\n\nWork.\n"
    )
    found = pay_of(body)
    yearly = [(p.minimum, p.maximum) for p in found if p.period == "year"]
    assert yearly == [(61000, 79000), (64000, 83000), (88000, 88000), (91000, 91000), (52000, 77000),
                      (66000, 81000), (70000, 86000)]
    assert all(p.currency == "USD" and p.kind == "base" for p in found)
    assert [(p.minimum, p.period) for p in found if p.period != "year"] == [(19.10, "hour")]


def test_bonus_listed_with_another_figure_shares_its_noun():
    found = pay_of("Operators with a grade 4 or 5 certificate get a $25 and $50 biweekly bonus.")
    assert [p.kind for p in found] == ["bonus", "bonus"]


@pytest.mark.parametrize(
    "body,minimum,maximum,currency,period",
    [
        ("Een bruto maandsalaris tussen € 3.712,- en € 5.303,-", 3712, 5303, "EUR", "month"),
        ("Salaire : 45K à 60K € brut annuel", 45000, 60000, "EUR", "year"),
        ("Salary: Ral 45k-55k Euro", 45000, 55000, "EUR", "year"),
        ("Salary: up to PHP 183,000 per month", 183000, 183000, "PHP", "month"),
        ("Salaris: €50.000 – €70.000 bruto per jaar", 50000, 70000, "EUR", "year"),
    ],
)
def test_other_languages(body, minimum, maximum, currency, period):
    pay = one(body)
    assert (pay.minimum, pay.maximum, pay.currency, pay.period) == (minimum, maximum, currency, period)


@pytest.mark.parametrize(
    "text",
    [
        "Competitive SALARY, D.O.E. and DOE; doe; tbd. Salary: TBD. Market-rate salary, market rate.",
        "401(k), 401k, x401k, 401kx, Health Insurance, healthcare; health  care; PTO, pto's, sick-leave, sick leave",
        "xcompetitive salary, competitive salaryx, to be determined, to be discussed, T\u0130BD, \u017fick leave",
        "",
    ],
)
def test_word_list_scans_match_the_plain_patterns(text: str) -> None:
    """Word lists tried only where their first words stand find what a whole-text search finds."""
    from postlint.extract import pay

    words = pay._words()
    for name in ("vague", "benefits"):
        fast = [m.span() for m in pay._matches(text, words[name], words[f"{name}_heads"])]
        assert fast == [m.span() for m in words[name].finditer(text)]


@pytest.mark.parametrize(
    "body",
    [
        "We have 120 staff in 14 countries, founded 1998. Call 555 123 4567. " * 3 + "Salary 50000 - 60000.",
        "Salary range: 85                                                     -                            125k",
        "€30,000\n\n\n-\n\n\n€50,000 a year; 12 people; 3.5 days; pays 45 to 50 an hour",
        "The team, 40 engineers strong, offers 85,000 ......................................... USD a year",
        "a $25 and $50 and 75 and 100 biweekly bonus; 5 k US dollars; USD$ 90; 90kCAD; between 10 and 20 EUR",
        "Benefits\n\n- 401(k) match up to 4\n- 25 days off\n\nCompensation\n\n- 120000 to 140000 gross",
    ],
)
def test_skipped_figure_groups_change_nothing(body: str, monkeypatch) -> None:
    """Figures far from any currency, pay word or pay heading are never matched: reading every
    figure instead finds the same mentions."""
    from postlint.extract import pay

    posting = parse("Data Engineer\n" + body + "\n")[0]
    fast = pay.extract(posting)

    def every_run(posting, text, body_start, sections):
        return [(max(start, body_start), end) for start, end in pay.digit_runs(text) if end > body_start]

    monkeypatch.setattr(pay, "_pay_runs", every_run)
    assert pay.extract(posting) == fast


def _random_clauses(seed: int, count: int) -> list[str]:
    """Short clauses of pay-ish words, their capitals and look-alike letters (ſ, K, İ), and noise."""
    from postlint.extract import pay

    rng = random.Random(seed)
    data = pay.load_toml(pay.package_data("postlint", "data/pay.toml"))
    vocabulary = [w.strip("*") for words in data["kind"].values() for w in words] + [
        "hourly", "Daily", "WEEKLY", "monthly", "annual", "annually", "yearly", "per hour", "per  year", "per month",
        "per annum", "annuelle", "mensuel", "RAL", "ral", "Bruttomonatsgehalt", "maandsalaris", "maandloon",
        "monthly salary", "salaire mensuel", "Jahresgehalt", "jaarsalaris", "annual base", "yearly salary",
        "salaire annuel", "brute annuel", "brut annuelle", "Stundenlohn", "uurloon", "hourly rate", "the", "of",
        "pay", "base", "up to", "x", "-", ",", "/", "\u017f", "\u212a", "\u0130", "é", "1", "$",
        # the words of the term, bound and period-after patterns
        "for", "over the", "during the whole", "across", "3", "twelve", "months", "weeks", "for 3 months",
        "over the first twelve weeks", "fino a", "jusqu'à",
        "tot maximaal", "bis zu", "maximum of", "max.", "as much as", "not to exceed", "no more than", "top of",
        "from", "starting at", "starts from", "at least", "minimum of", "min.", "no less than", "in excess of",
        "more than", "ab", "à partir de", "vanaf", "desde", ":", "hr", "h", "an", "a", "each", "every", "pro",
        "p.a.", "pcm", "p/h", "bi-weekly", "twice a month", "salaries", "wages", "base pay", "pay range", "pay rate",
        "compensation", "remuneration", "salary",
    ]
    clauses = []
    for _ in range(count):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 6))]
        words = [w.upper() if rng.random() < 0.2 else w.title() if rng.random() < 0.2 else w for w in words]
        clauses.append(rng.choice(["", " ", "-", "x"]).join(words))
    return clauses


def test_kind_prechecks_match_every_list_searched() -> None:
    """_kind's word-key pre-checks (one for all lists, one per list) never skip a match: it gives
    what searching every list's whole pattern in both clauses gives (nearest match; at equal
    distance the longer, then a class other than base, then the earlier list)."""
    from postlint.extract import pay

    def plain(before: str, after: str) -> str | None:
        best = None
        for order, (name, guarded) in enumerate(pay._words()["kind"]):
            pattern = guarded._build(guarded._words)
            keys = [(len(before) - m.end(), m.start() - m.end()) for m in pattern.finditer(before)]
            first = pattern.search(after)
            if first:
                keys.append((first.start(), first.start() - first.end()))
            for key in keys:
                if best is None or (*key, name == "base", order) < best[0]:
                    best = ((*key, name == "base", order), name)
        return best[1] if best else None

    clauses = _random_clauses(6, 3000)
    for before, after in zip(clauses, reversed(clauses)):
        assert pay._kind(before, after) == plain(before, after), (before, after)


def test_period_before_precheck_matches_the_plain_searches() -> None:
    """_period_before's literal pre-check never skips a text either pattern matches."""
    from postlint.extract import pay

    def plain(before: str, wide_before: str):
        said = pay._PERIOD_BEFORE().search(before)
        if said and pay._unit(said.group("word")):
            return pay._unit(said.group("word")), "stated"
        compound = pay._PERIOD_COMPOUND().search(wide_before)
        return (compound.lastgroup, "stated") if compound else (None, None)

    for clause in _random_clauses(7, 3000):
        for cut in (0, len(clause) // 2):
            assert pay._period_before(clause[cut:], clause, pay.fold(clause)) == plain(clause[cut:], clause), clause


def test_mention_prechecks_match_the_plain_searches() -> None:
    """The literal and letter pre-checks of _mention and _period_after never skip a text the
    pattern they guard matches."""
    from postlint.extract import pay

    guarded = [
        (pay._TERM, pay._TERM_LITERALS), (pay._UPPER_BOUND, pay._UPPER_LITERALS),
        (pay._LOWER_BOUND, pay._LOWER_LITERALS), (lambda: pay._PAY_WORD_GLUED, pay._GLUED_LITERALS),
    ]
    matched = dict.fromkeys(range(len(guarded) + 1), 0)
    for clause in _random_clauses(8, 4000):
        for number, (pattern, literals) in enumerate(guarded):
            if pattern().search(clause):
                matched[number] += 1
                assert pay._holds(pay.fold(clause), literals), (clause, literals)
        if pay._PERIOD_AFTER().search(clause):
            matched[len(guarded)] += 1
            assert pay._LETTER().search(clause), clause
    assert all(matched.values()), matched  # every pattern was exercised


def test_many_figures_find_the_same_classes(monkeypatch) -> None:
    """With many figures, where class words may stand is found once for the text (_KindWords):
    the mentions are those found testing each figure's windows on their own."""
    from postlint.extract import pay

    rng = random.Random(9)
    clauses = _random_clauses(10, 400)
    body = "\n".join(
        " ".join(f"{rng.choice(clauses)} {rng.choice(['$', '', 'USD ', '€'])}{rng.randint(1, 250_000):,}"
                 f"{rng.choice(['', '/hr', ' - $300,000', ' a year'])}" for _ in range(rng.randint(1, 5)))
        for _ in range(120)
    )
    posting = parse("Data Engineer\n\nCompensation\n\n" + body + "\n")[0]
    monkeypatch.setattr(pay, "_MANY_FIGURES", 10**9)
    one_by_one = pay.extract(posting)
    monkeypatch.setattr(pay, "_MANY_FIGURES", 0)
    at_once = pay.extract(posting)
    assert len(one_by_one) > 100 and len({m.kind for m in one_by_one}) > 3
    assert at_once == one_by_one


def test_section_index_line_starts_and_pay_headings() -> None:
    """Line starts (by accumulate) are where each line of the posting starts; a heading or label is
    pay's when the pay-context pattern finds a word other than "paid" in it."""
    from postlint.extract import pay

    posting = parse("Data Engineer\n\nANNUAL SALARY\n\n$1 to $2\n\nSalary: 90000\n\nPerks\n\n- gym\n")[0]
    index = pay._SectionIndex(posting)
    for offset in range(len(posting.text)):
        line = index._line(posting, offset)
        assert line == posting.span_at(offset, offset + 1).line
    headings = [section.heading for section in posting.sections if section.heading] + [label.name for label in posting.labels]
    assert headings
    for heading in headings:
        words = [m.group(0).lower() for m in pay._PAY_CONTEXT().finditer(heading)]
        assert pay._pay_heading(heading) == any(word != "paid" for word in words)
    assert not pay._pay_heading("Insurance 100% Employer-Paid Premiums")
    assert pay._pay_heading("Hourly rate")


# -- classes: money that is not base pay is kept, with its class, and never read as base pay ----------


@pytest.mark.parametrize(
    "body,kind",
    [
        # premiums and differentials
        ("Nights add a $3.00 per hour night-shift differential.", "premium"),
        ("A shift differential of $1.25 an hour applies to evening work.", "premium"),
        ("Overtime is paid at $48 per hour.", "premium"),
        # bonuses: sign-on, referral, annual
        ("A $7,500 sign-on bonus for this role.", "bonus"),
        ("Employee referral program: $1,000 for every hire you refer.", "bonus"),
        ("Refer a friend and receive $500 when they join.", "bonus"),
        ("Target annual bonus: $12,000.", "bonus"),
        ("A $5,000 year-end bonus.", "bonus"),
        # equity
        ("Equity grant worth $60,000 over four years.", "equity"),
        # stipends and allowances
        ("A $75 monthly phone allowance.", "stipend"),
        ("Remote workers get a $600 home office setup.", "stipend"),
        # reimbursement and relocation
        ("Relocation assistance up to $8,000.", "reimbursement"),
        ("Tuition reimbursement of $5,250 per calendar year.", "reimbursement"),
        # benefits: maximums, deductibles, spending accounts, life insurance, disability
        ("The plan's deductible is $1,200 per person.", "benefit"),
        ("Out-of-pocket maximum: $4,000.", "benefit"),
        ("Flexible spending account limit of $3,050 with a $610 carry over.", "benefit"),
        ("Basic life insurance of twice your yearly salary, rounded to the nearest $1,000.", "benefit"),
        ("Short-term disability (60% of salary up to $1,800/week).", "benefit"),
        ("Dental annual maximum benefit of $2,000 per member.", "benefit"),
        ("We match 401(k) contributions up to $6,000.", "benefit"),
        # budgets and perks
        ("A $1,500 annual learning budget for books and courses.", "budget"),
        ("$150/month wellness perk", "budget"),
        ("Yearly conference budget: $2,500.", "budget"),
        # company money
        ("The group's revenue passed $10+ billion this year.", "company"),
        ("We raised a $75M Series B in 2025.", "company"),
        ("We passed $2 billion in revenue last year.", "company"),
        # other money: costs, fees asked of someone, liability
        ("Family coverage costs the employee $55.00 per month.", "other"),
        ("A $25 application fee applies.", "other"),
        # a site's terms of use scraped with the posting: a liability cap, not pay
        ("THE TOTAL LIABILITY OF THE SITE, ITS OFFICERS, AGENTS AND LICENSORS, FOR ANY CLAIMS UNDER THESE "
         "TERMS SHALL NOT EXCEED ONE HUNDRED ($100.00) DOLLARS.", "other"),
    ],
)
def test_every_class_of_money(body, kind):
    found = pay_of(body)
    assert [p.kind for p in found] == [kind] * len(found) and found, [(p.raw, p.kind) for p in found]


def test_company_money_keeps_its_scale():
    assert [(p.minimum, p.kind) for p in pay_of("We raised a $75M Series B and passed $10+ billion in sales.")] == [
        (75e6, "company"), (10e9, "company")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Medical: Acme Health PPO Silver 2500 with HSA.",  # a plan name
        "Insurance 100% Employer-Paid Premiums:\nAcme Choice Plus HSA POS Gold 1500 w/HSA\n",  # "paid" is no pay heading
        "Benefits: 401K with match.",
        "Salary\n\nApply to Human Resources, 12 Elm St., Springfield, IL 62701.\n",  # a ZIP code under a pay heading
        "Pay Grade: 8629",
        "Salary grade 14, step 3.",
        "Compensation: see ARS 16-407 and RCW 49.58.110 for the rules.",  # statute numbers
        "In accordance with ARS 16-407, candidates must be certified.",
        "Salary: call 555-0100 ext. 4417 for details.",
    ],
)
def test_identifiers_are_not_money(body):
    assert [p.raw for p in pay_of(body)] == []


def test_benefits_section_figures_are_benefits_unless_named_as_pay():
    found = pay_of(
        "Benefits\n\n- $1,200 yearly toward glasses\n- Salary of $90,000 - $110,000 per year\n\nResponsibilities\n\n- Build."
    )
    assert [(p.minimum, p.kind) for p in found] == [(1200, "benefit"), (90000, "base")]


def test_heading_names_the_class_of_its_figures():
    found = pay_of("Employee Referral Bonus:\nBring a friend; receive $2,000 per year they stay.\n\nSalary\n\n$80,000")
    assert [(p.minimum, p.kind) for p in found] == [(2000, "bonus"), (80000, "base")]


def _notice_kind(text: str):
    """The kind the parse stage gives the section holding the last line of ``text`` (an
    equal-opportunity heading's section: OTHER, or a notices kind where parse marks notices)."""
    posting = parse("Data Engineer\n" + text)[0]
    return posting.sections[-1].kind


def test_notice_sections_hold_no_base_pay(monkeypatch):
    """Figures in a notice section (legal, EEO, privacy) are not base pay: whatever kind the
    parse stage gives the section below is made the notice kind here."""
    from postlint.extract import pay

    text = "Equal Opportunity\n\nWe reviewed $2,000 of things.\n"
    monkeypatch.setattr(pay, "_NOTICE_KINDS", frozenset())
    assert [(p.minimum, p.kind) for p in pay_of(text)] == [(2000, "base")]
    monkeypatch.setattr(pay, "_NOTICE_KINDS", frozenset({_notice_kind(text)}))
    assert [(p.minimum, p.kind) for p in pay_of(text)] == [(2000, "other")]


# -- periods -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body,minimum,maximum,period",
    [
        ("Salary: $34.97 - $44.33 HOUR", 34.97, 44.33, "hour"),
        ("Salary: $6,023.00 - $12,374.00 MONTH", 6023, 12374, "month"),
        ("Salary: $61,000.00 - $92,000.00 YEAR", 61000, 92000, "year"),
        ("Pay: $2,400 biweekly", 2400, 2400, "biweekly"),
        ("Pay: $2,400 - $2,900 bi-weekly", 2400, 2900, "biweekly"),
        ("Pay is $1,950 every two weeks.", 1950, 1950, "biweekly"),
        ("Salary: $3,100 semi-monthly", 3100, 3100, "semimonthly"),
        ("Salary Information:\n$4,493.00 $5,460.00 Monthly", 4493, 5460, "month"),
        ("Level 2 $140,000 $195,000", 140000, 195000, "year"),
    ],
)
def test_stated_periods(body, minimum, maximum, period):
    pay = one(body)
    assert (pay.minimum, pay.maximum, pay.period, pay.kind) == (minimum, maximum, period, "base")


def test_unit_word_standing_alone_must_end_the_figure_s_phrase():
    assert one("Salary: $5,000 year-end review").period is None
    assert one("Salary: $25 hour blocks").period is None
    assert one("Salary: $25 HOUR (negotiable)").period == "hour"
    assert one("Salary: $25 Hour.").period == "hour"


def test_fixed_term_total():
    pay = one("The total amount paid for the 3 months is around 1600€ net.")
    assert (pay.minimum, pay.currency, pay.period, pay.term, pay.kind) == (1600, "EUR", "term", "3 months", "base")
    assert one("Stipend: $4,500 for 10 weeks").term == "10 weeks"


@pytest.mark.parametrize(
    "body",
    ["A donation of 100$ goes to the winning design.", "We pay a flat fee of $400 for the logo.", "Bounty: $250 on completion"],
)
def test_one_off_fee_has_no_period_to_ask_for(body):
    pay = one(body)
    assert (pay.period, pay.kind) == ("once", "base")


def test_unpaid_work_is_a_pay_note():
    notes = parse("---\ntitle: Logo design\ncompensation: gratis\n---\nDesign our logo.\n", path="job.md")[0].facts.pay_notes
    assert [(n.kind, n.raw) for n in notes] == [("unpaid", "compensation: gratis")]
    notes = parse("Docs Designer\nPay: volunteer role\nHelp us.\n")[0].facts.pay_notes
    assert [n.kind for n in notes] == ["unpaid"]
    assert [n.kind for n in parse("Designer\nCompensation: paid, negotiated\n")[0].facts.pay_notes] == []


def test_thousands_group_split_off_by_a_space_is_read_with_its_figure():
    pay = one("HIRING SALARY: $57, 024")
    assert (pay.minimum, pay.period, pay.raw) == (57024, "year", "$57, 024")
    assert [p.minimum for p in pay_of("Tiers: $10, $20 and $30 per month")] == [10, 20, 30]


def test_inline_label_names_the_class_of_a_table_of_figures():
    line = "Longevity Bonus:" + " " * 40 + "5 years but less than 10 years" + " " * 60 + "$600" + " " * 30 + "20 years or more" + " " * 60 + "$1,500"
    assert [(p.minimum, p.kind) for p in pay_of(line)] == [(600, "bonus"), (1500, "bonus")]


@pytest.mark.parametrize(
    "body,minimum,maximum,kind",
    [
        ("Salary:\n£85-125,000", 85000, 125000, "base"),  # not a code pair: the second figure has its thousands
        ("Commission on every deal. OTE is $150,000 - $180,000.", 150000, 180000, "base"),
        # the sentence before is about something else
        ("We offer mentorship, training and growth. $85,000 - $110,000 a year.", 85000, 110000, "base"),
        ("<li>Learning budget for books</li><div>$85,000 - $110,000 a year</div>", 85000, 110000, "base"),
        # the figure's own sentence names what it is
        ("We give every new starter a clothing allowance, which starts at £250", 250, 250, "stipend"),
    ],
)
def test_class_words_are_read_in_the_figure_s_own_sentence(body, minimum, maximum, kind):
    pay = one(body)
    assert (pay.minimum, pay.maximum, pay.kind) == (minimum, maximum, kind)


def test_a_sentence_starting_with_a_pronoun_goes_on_from_the_one_before():
    pay = one("Clothing benefit: we give a clothing allowance every year. This starts at £250 when you join.")
    assert pay.kind == "stipend"
    assert one("Signing bonus approx. $5,000").kind == "bonus"  # an abbreviation ends no sentence


def test_vague_pay_words_in_a_notice_are_not_the_posting_s(monkeypatch):
    from postlint.extract import pay

    body = "We file records.\n\nEqual Opportunity\n\nWe never pay a competitive salary less to anyone.\n"
    monkeypatch.setattr(pay, "_NOTICE_KINDS", frozenset())
    assert [n.raw for n in parse("Clerk\n" + body)[0].facts.pay_notes] == ["competitive salary"]
    monkeypatch.setattr(pay, "_NOTICE_KINDS", frozenset({_notice_kind(body)}))
    assert [n.raw for n in parse("Clerk\n" + body)[0].facts.pay_notes] == []


def test_a_posting_s_figures_after_the_first_thousand_are_not_read():
    from postlint.extract.pay import MAX_FIGURES

    found = pay_of("Salary: " + " ".join(f"${n}" for n in range(1, 2 * MAX_FIGURES)))
    assert 0 < len(found) <= MAX_FIGURES
    assert found[0].raw.startswith("$1")  # the first ones, in order


def test_a_period_in_the_sentence_before_is_not_the_next_figures():
    found = pay_of("Pay: $30.00 per hour. $1,500 sign-on bonus. Plus $3.00 per hour night differential.")
    assert [(p.raw, p.kind, p.period) for p in found] == [
        ("$30.00", "base", "hour"), ("$1,500", "bonus", None), ("$3.00", "premium", "hour")]


def test_a_figure_that_opens_or_closes_a_range_stated_with_a_period_takes_that_period():
    found = pay_of("Salary: $24.10 - $38.90 HOUR\n\nExpected starting pay is $24.10 to $30.00. Full range is $24.10 to $38.90.")
    assert [(p.raw, p.period) for p in found] == [
        ("$24.10 - $38.90", "hour"), ("$24.10 to $30.00", "hour"), ("$24.10 to $38.90", "hour")]
    assert {p.period_source for p in found[1:]} == {"same figures"}
    # Other figures stay unknown: nothing says $52.00 - $60.00 is per hour.
    other = pay_of("Salary: $24.10 - $38.90 HOUR\n\nLead pay is $52.00 to $60.00.")
    assert other[1].period is None
