"""Cases for the figure rules (money-mismatch, percent-mismatch, percentage-arithmetic,
total-mismatch) and the extraction they read (checker/mentions/figures.py, relations.py).

Each case is a short invented article; `fires` says whether the rule must report it. The
snapshot fixtures under tests/fixtures/<rule-id>/ pin the spans; these pin the semantics.
"""

import pytest

from checker.document import Document
from checker.engine import Settings, check_text
from checker.mentions import Mentions

HEAD = "Harlow Foods agrees takeover of snack maker Pellworth\n\nDEANSGATE, Marland (Wire) — "


def _findings(rule, body, head=HEAD):
    _, findings = check_text(head + body + "\n", settings=Settings(select=[rule]))
    return [f for f in findings if f.rule == rule]


MONEY = [
    # same deal, two amounts
    (True, "Harlow said on Tuesday it had agreed to buy Pellworth for $3.5 billion in cash.\n\n"
           "The $3.2 billion deal is expected to close next year."),
    # scales and spellings of one amount are equal
    (False, "Harlow said on Tuesday it had agreed to buy Pellworth for $3.5bn in cash.\n\n"
            "The $3.5 billion deal is expected to close next year."),
    (False, "Harlow said on Tuesday it had agreed to buy Pellworth for 3,500 million dollars.\n\n"
            "The $3.5 billion deal is expected to close next year."),
    # rounding at the stated precision
    (False, "Harlow said on Tuesday it had agreed to buy Pellworth for $3.46 billion.\n\n"
            "The $3.5 billion deal is expected to close next year."),
    # different currencies: a conversion, not a second amount
    (False, "Harlow said on Tuesday it had agreed to buy Pellworth for $10 million "
            "(€9.2 million).\n\nThe €9.2 million deal is expected to close next year."),
    # an updated amount
    (False, "Harlow agreed to buy Pellworth for $3.5 billion in cash.\n\n"
            "Harlow later raised its offer to $3.8 billion.\n\nThe $3.8 billion deal closed."),
    # amounts of different things
    (False, "Harlow agreed to buy Pellworth for $3.5 billion in cash.\n\n"
            "The $120 million fee would be paid if regulators block it. Revenue was $2.9 billion "
            "last year, up from $2bn."),
    # a negotiation: bids before the deal
    (False, "United rejected an initial £20m bid from City for the striker.\n\n"
            "The £27m deal was completed on Friday."),
    (False, "City made a £20m offer for the striker.\n\nThe £27m deal was completed on Friday."),
    # the owner must be named where the amount was stated
    (False, "Harlow agreed to buy Pellworth, and analysts expect a rival offer of $3.5 "
            "billion.\n\nDalby's $3.1 billion offer was rejected in March."),
    # a fine is a penalty; a settlement is paid out
    (True, "The regulator fined Harlow £14.6m on Tuesday.\n\nThe £16.4 million penalty will "
           "be paid from reserves."),
    (False, "The regulator fined Harlow £14.6m on Tuesday.\n\nThe £14.6 million penalty will "
            "be paid from reserves."),
    (True, "The county will pay $4.5 million to the family under a settlement.\n\n"
           "Its insurer will cover most of the $4.75 million payout."),
    # "in a deal valued at", and a conversion between an amount and its noun
    (True, "Harlow agreed to buy Pellworth in a deal valued at $2.1bn (£1.6bn).\n\n"
           "The $1.2bn deal is expected to close next year."),
    (True, "Harlow agreed to buy Pellworth in a $3.8bn (£2.9bn) deal.\n\n"
           "The $3.2bn deal is expected to close next year."),
    # a restatement without "the", in a later paragraph, by the lede's buyer
    (True, "Harlow agreed to buy Pellworth for $4.8bn on Tuesday.\n\nThe deal needs approval."
           "\n\nHarlow is paying $4.3bn, funded by debt, its chief executive said."),
    (False, "Harlow agreed to buy Pellworth for $4.8bn on Tuesday.\n\nThe deal needs approval."
            "\n\nHarlow is paying $3bn up front and the rest next year."),
    (False, "Harlow agreed to buy Pellworth for $4.8bn on Tuesday.\n\nThe deal needs approval."
            "\n\nHarlow is paying $3.9bn for a rival snack maker too."),
    # a company valuation is not the deal's amount
    (False, "Harlow agreed to buy Pellworth for $2.4bn. The deal values the combined company "
            "at $9bn.\n\nThe $2.4bn takeover closes next year."),
    # twin statements: the only two amounts framed by the same words, no "the"
    (True, "Pellworth wants £6m for its Leeds depot, its owner said.\n\n"
           "Harlow has been told Pellworth wants £8m for its Leeds depot."),
    (True, "Pellworth reported annual losses of £4.2m on Monday.\n\n"
           "Pellworth blamed its annual losses of £2.4m on flour prices."),
    # three amounts with one frame are a list, not one fact; another time is another fact
    (False, "Pellworth wants £6m for its depot.\n\nHarlow wants £8m for its depot.\n\n"
            "Corbel wants £7m for its depot."),
    (False, "Pellworth reported annual losses of £4.2m on Monday.\n\n"
            "In 2019 Pellworth had annual losses of £2.4m."),
    # two firms' results moved to values with one frame
    (False, "Pellworth said profits rose to £42m.\n\nHarlow said its profits rose to £61m."),
    # the word the amount is the object of, and the word after it ("v" frame)
    (True, "Kelling Rovers have received a £6m bid from Harwell United for their striker.\n\n"
           "Rovers chairman Ken Oaks said: \"We have received a £9m bid from United.\""),
    (False, "Kelling Rovers have received a £6m bid from Harwell United for their striker.\n\n"
            "Dunmore Town said they have received a £9m bid from Corbel City."),
    (True, "The party repaid £400,000 to Lord Fenwick in May.\n\nOfficials said the party had "
           "repaid £700,000 to former treasurer Lord Fenwick."),
    (False, "Harlow paid £5m for its depot in Estley.\n\nHarlow paid £8m for the land in "
            "Marbury."),
    # "the" same threshold moved twice, in one direction (no name in common needed)
    (True, "Vince Adler said raising the threshold to £150,000 would help buyers.\n\n"
           "\"By pledging to increase the threshold to £250,000, we help buyers,\" it said."),
    (False, "Vince Adler said raising the threshold to £150,000 would help buyers.\n\n"
            "\"Our rivals would cut the threshold to £100,000,\" it said."),
    # a headline amount against the lede's first amount in its currency
    (True, "Harlow has signed a $5bn (£3.9bn) deal to buy the snack maker.", "headline"),
    (False, "Harlow has signed a $3.5bn (£2.7bn) deal to buy the snack maker.", "headline"),
    # a rejected offer referred back to as rejected
    (True, "A £1.3bn offer from Harlow for Pellworth was rejected.\n\nTalks stalled after "
           "Harlow's £3.3bn offer was rejected in December."),
]


def test_percent_mismatch_headline_against_body():
    head = "Lask wins Esterland race with 54% of the vote\n\nPORT ALDINE (Wire) — "
    body = "Miriam Lask won the governorship of Esterland with 52.4% of the vote on Sunday."
    (f,) = _findings("percent-mismatch", body, head)
    assert "headline" in f.message
    agreeing = "Miriam Lask won the governorship of Esterland with 54.2% of the vote."
    assert not _findings("percent-mismatch", agreeing, head)
    other = "Orsini won 52.4% of the vote in Dunmore county in a separate race."
    assert not _findings("percent-mismatch", other, head)


def test_money_mismatch_headline_against_body():
    head = "Harlow agrees $3.5bn takeover of Pellworth\n\nDEANSGATE, Marland (Wire) — "
    body = "Harlow said on Tuesday it had agreed to buy Pellworth for $3.2 billion in cash."
    (f,) = _findings("money-mismatch", body, head)
    assert "headline" in f.message and "body, paragraph 1" in f.message
    rounded = "Harlow said on Tuesday it had agreed to buy Pellworth for $3.46 billion in cash."
    assert not _findings("money-mismatch", rounded, head)


PERCENT = [
    (True, "Lask won the governorship with 54.2% of the vote.\n\n"
           "Lask's 52.4 percent share was the largest since 1998."),
    (False, "Lask won the governorship with 54.2% of the vote.\n\n"
            "Lask's 54 percent share was the largest since 1998."),
    # percent against percentage points
    (False, "Lask won the governorship with 54.2% of the vote.\n\n"
            "Turnout rose 3 points to 41.5%, and Lask's share rose 4 percentage points."),
    # another candidate's share
    (False, "Lask won the governorship with 54.2% of the vote.\n\n"
            "Orsini's 41.3 percent share was his lowest."),
    # a change is not a level
    (False, "Kestrel controls 34% of the national market.\n\n"
            "Its share of the market rose 4% last year."),
    (True, "Corvina said it would cut 12% of its workforce.\n\n"
           "The 15 percent reduction will fall on ground staff."),
    (False, "Corvina said it would cut 12% of its workforce.\n\n"
            "The 15 percent cut in fares will start in May."),
    (True, "Turnout was 61%, officials said.\n\nThe 16 percent turnout was praised."),
    (True, "Kestrel controls 34% of the national market.\n\n"
           "With its 43 percent share of the market, Kestrel is under investigation."),
    # references to a change: the story's main change, or one named by its "in" phrase
    (True, "Households will pay 6.8% more in council tax from April.\n\n"
           "Opposition councillors said the 6.3 per cent increase would hurt families."),
    (False, "Households will pay 6.8% more in council tax from April.\n\n"
            "Opposition councillors said the 6.8 per cent increase would hurt families."),
    (True, "The pill reduced the number of days patients spent with migraine by 34% compared "
           "with a placebo, sending shares up 19 percent.\n\nAnalysts said the 43 percent "
           "reduction in migraine days was a breakthrough."),
    # another direction, another thing, another time
    (False, "Households will pay 6.8% more in council tax from April.\n\n"
            "Councillors said the 3% cut in library hours was painful."),
    (False, "Sales rose 8% in the year to March, while costs rose 5%.\n\n"
            "The 5% increase in costs came from energy bills."),
    (False, "Profits fell 10% in the year to March.\n\n"
            "The 12% drop in profits last year was blamed on the pandemic."),
    # twin statements without "the"; the interest rate as a named rate
    (True, "Harlow has bought a 20% stake in Pellworth Foods.\n\n"
           "Analysts said that owning a 30% stake in Pellworth Foods gives Harlow a veto."),
    (False, "Harlow has bought a 20% stake in Pellworth Foods.\n\n"
            "Corbel has bought a 30% stake in Marrow Foods."),
    (False, "Pellworth's shares closed down 3% on Monday.\n\n"
            "Harlow's shares closed down 5% on Tuesday."),
    # a named rate in a "which is" clause; not a target for it
    (True, "Tax rises will be double the rate of inflation, which is currently 2.4%.\n\n"
           "\"That is against an inflation rate of 3.1%,\" Ms Kerr said."),
    (False, "Tax rises will be double the rate of inflation, which is currently 2.4%.\n\n"
            "The bank will not meet its inflation target of 3% until May."),
    # the highest of several rates is not the rate
    (False, "House prices in Estley showed the highest rate of inflation at 26.2%.\n\n"
            "Corran had an annual inflation rate of 31%."),
    (True, "House prices in Estley showed a rate of inflation of 26.2%.\n\n"
           "Estley had an annual inflation rate of 31%."),
    # a holding: "a stake in" and "N% of" one named firm, by one holder
    (True, "Harlow has taken a 15% stake in Pellworth.\n\n\"Harlow may own 25% of "
           "Pellworth, but that is far from control,\" an analyst said."),
    (False, "Corbel, which owns a 1% stake in Pellworth, may call a vote.\n\n"
            "Dalby Capital, holding 2% of Pellworth, wants a buyback."),
    # a change referred back to by its noun, in the same or the next paragraph
    (True, "The operator is seeking a fare rise of 40% for new buses. Ministers have "
           "turned down the 50% rise."),
    (False, "Bus talks stalled.\n\nThe operator is seeking a fare rise of 40% for new buses."
            "\n\nTalks resume in May."
            "\n\nMinisters met on Monday.\n\nThe 30% rise agreed for the tram network starts in "
            "June."),
    # a move restated in another unit first; the definite subject refers back
    (True, "Shares in Harrow Petroleum have closed down 14% after a dry well.\n\n"
           "The shares closed down 96p, or 21%, at 361 pence."),
    (False, "Shares in Harrow Petroleum have closed down 14% after a dry well.\n\n"
            "The shares of rival Brenn closed down 96p, or 21%, at 361 pence."),
]


def test_percent_mismatch_interest_rate_is_a_named_rate():
    head = "Marland holds interest rates at 4.75%\n\nPORTHAVEN (Wire) — "
    assert _findings("percent-mismatch", "The Bank of Marland left interest rates unchanged "
                     "at 4.5% on Thursday, as expected.", head=head)
    assert not _findings("percent-mismatch", "The Bank of Marland left interest rates "
                         "unchanged at 4.75% on Thursday. Mortgage interest rates stand at "
                         "5.5%.", head=head)


def test_percent_mismatch_headline_change_against_lede():
    head = "Pellam Foods shares slump 12% after warning\n\n"
    assert _findings("percent-mismatch", "Shares in Pellam Foods fell 21% on Tuesday.", head)
    assert not _findings("percent-mismatch", "Shares in Pellam Foods fell 12% on Tuesday.", head)
    # a rise is not the headline's fall
    assert not _findings("percent-mismatch", "Pellam Foods sales rose 21% on Tuesday.", head)


ARITHMETIC = [
    (True, "Rents rose from €1,250 to €1,500, a 25 percent increase."),
    (False, "Rents rose from €1,250 to €1,500, a 20 percent increase."),
    (True, "It will cut 1,200 of the 4,000 workers, or 40 percent."),
    (False, "It will cut 1,000 of the 3,000 workers, or 33%."),
    (True, "It will cut 1,200 of the 4,000 workers, 40 percent, by 2027."),
    # hedges widen the stated figure
    (False, "A survey found that 496 of the 1,000 tenants, or about 50%, pay too much."),
    (False, "Deaths fell from 820 to 615, a drop of nearly 25%."),
    (True, "Deaths fell from 820 to 615, a drop of about 15%."),
    # between percentages: points or relative, the text does not say
    (False, "The share rose from 40% to 50%, a 10% increase."),
    # rounded figures ("1.2 million") allow any value they round from
    (False, "Visitors rose from 1.2 million to 1.5 million, a 27% increase."),
    # "to Y from X" and the percentage before
    (True, "Sales rose 5% to $2.4bn from $2.0bn."),
    (False, "Sales rose 20% to $2.4bn from $2.0bn."),
    # "$2bn" may be anything from $1.5bn to $2.5bn: too rounded to check
    (False, "Sales rose 5% to $2.4bn from $2bn."),
    # a percentage of another change in the same sentence
    (False, "Fares rose from 200 to 300 in May, while wages rose 25%."),
    (True, "Fares rose from 200 to 300 in May, a rise of 25%."),
    (True, "Fares rose from 200 to 300 (up 25%) in May."),
    # no percentage attached
    (False, "Listings nearly halved, from 4,100 to 2,180, and 61% of tenants were young."),
    # the new value, then the change and the old value
    (True, "Road deaths fell to 615 last year, down 15% from 820, police said."),
    (False, "Road deaths fell to 615 last year, down 25% from 820, police said."),
    (True, "Exports reached $4.2bn, up 20% from $3.2bn."),
    (False, "Profits were 300, up 10% from 2019."),
]


def test_percentage_arithmetic_tolerance_is_an_option():
    body = "Rents rose from 1,000 to 1,240, a 25 percent increase."  # 24%
    assert not check_text(HEAD + body, settings=Settings(select=["percentage-arithmetic"]))[1]
    strict = Settings(select=["percentage-arithmetic"],
                      options={"percentage-arithmetic": {"tolerance": 0.5,
                                                         "relative_tolerance": 0.0}})
    assert check_text(HEAD + body, settings=strict)[1]


TOTAL = [
    (True, "Nine passengers were hurt, among them four children and seven adults."),
    (False, "Twelve passengers were hurt, including four children and five adults."),
    # overlapping categories may sum above the total
    (False, "Eleven people were treated, among them five women and seven doctors."),
    (True, "In a 7-2 ruling, the court upheld the ban.\n\nFour justices dissented."),
    (False, "In a 7-2 ruling, the court upheld the ban.\n\nTwo justices dissented."),
    (True, "The 15-member council voted 9 to 4 with three abstentions to approve it."),
    (False, "The 15-member council voted 9 to 4 with two abstentions to approve it."),
    (True, "Of the 80 seats, the Unity Party won 41, the Greens 27 and independents 15."),
    (False, "Of the 80 seats, the Unity Party won 41, the Greens 27 and independents 12."),
    # a dissent far from the split is about something else
    (False, "In a 7-2 ruling, the court upheld the ban.\n\nThe ban starts in May.\n\n"
            "Police welcomed it.\n\nFour justices dissented in a separate case."),
    # scores are not splits
    (False, "The team won 7-2 on Sunday.\n\nFour players were booked."),
    # a split at another time
    (False, "It came ten years after a 5-4 decision on the same law.\n\n"
            "Three justices dissented."),
    # parts that are not a list of the total
    (False, "Of the 312 people arrested, 47 were convicted and fined up to 5,000 dollars."),
    # "N of them ... the other M" must make the whole group, no more and no fewer
    (True, "52 guests fell ill.\n\nGuests began complaining at night. Paramedics treated 19 "
           "of them at the hotel and took the other 37 to hospital."),
    (True, "52 guests fell ill. Paramedics treated 19 of them and took the other 30 to "
           "hospital."),
    (False, "52 guests fell ill. Paramedics treated 19 of them and took the other 33 to "
            "hospital."),
    # "them" is another group: the parts must each be smaller than it
    (False, "52 guests fell ill. Three ambulances came. Medics in them saw 19 of them and the "
            "other 40 waited."),
    # "Of the N, A were X and B were Y": states that cannot overlap
    (True, "Of the 27, 11 were hurt and 19 were unhurt."),
    (False, "Of the 27, 11 were hurt and 15 were unhurt."),
    (False, "Of the 30 nurses, 12 were men and 20 were over 50."),
    # "the N who voted no" refers back to the vote, however far
    (True, "The assembly passed the bill by 88 votes to 61.\n\nIt takes effect in July.\n\n"
           "Protests continued.\n\nThe opposition said the 64 deputies who voted no would "
           "appeal."),
    (False, "The council voted 7-2 on the budget and 5-4 on parking.\n\nIt met again in "
            "May.\n\nProtests continued.\n\nThe three councillors who voted no will appeal."),
]


# A headline for the cases marked "headline": one amount, the lede's deal
DEAL_HEAD = "Harlow in $3.5bn snack deal\n\nDEANSGATE, Marland (Wire) — "
CASES = [(rule, case[0], case[1], DEAL_HEAD if case[2:] == ("headline",) else HEAD)
         for rule, table in (
             ("money-mismatch", MONEY), ("percent-mismatch", PERCENT),
             ("percentage-arithmetic", ARITHMETIC), ("total-mismatch", TOTAL),
         ) for case in table]


@pytest.mark.parametrize("rule,fires,body,head", CASES)
def test_rule_case(rule, fires, body, head):
    assert bool(_findings(rule, body, head)) == fires


def test_figures_read_the_attached_words():
    text = (HEAD + "Kestrel controls 34% of the national market. Lask's 52.4 percent share "
            "was high. Harlow will pay $62 a share. The $4.3 billion deal closed.")
    figs = {text[f.start:f.end]: f for f in Mentions(Document(text)).figures}
    assert figs["34%"].of_noun == "market" and not figs["34%"].det
    assert figs["52.4 percent"].owner == "Lask" and figs["52.4 percent"].noun == "share"
    assert figs["$62"].per
    assert figs["$4.3 billion"].det == "the" and figs["$4.3 billion"].noun == "deal"


def test_figures_read_the_direction_of_a_change():
    text = (HEAD + "Households will pay 6.8% more in tax. The drug reduced days with migraine by "
            "34% compared with a placebo, sending shares up 19 percent. The 43 percent "
            "reduction in migraine days was hailed. Sales were 5% higher.")
    figs = {text[f.start:f.end]: f for f in Mentions(Document(text)).figures}
    assert figs["6.8%"].change and figs["6.8%"].direction == 1
    assert figs["34%"].direction == -1 and not figs["34%"].other_time
    assert figs["19 percent"].direction == 1
    assert figs["43 percent"].prep_words == ("migraine", "day")
    assert figs["5%"].direction == 1

def test_figures_read_the_words_a_figure_hangs_on():
    text = (HEAD + "It could save the average tenant £80 every year. They received an £8m "
            "bid. The shares closed down 96p, or 21%. Inflation, which is currently 2.4%, "
            "is low. Veltra plans to raise $80m. He repaid £5,000 to former Reform Treasurer "
            "Lord Fenwick. Raising the threshold to £120,000 helps.")
    figs = {text[f.start:f.end]: f for f in Mentions(Document(text)).figures}
    assert figs["£80"].gov == "save" and figs["£8m"].gov == "received"
    assert figs["21%"].left_key == ("closed", "down") and figs["21%"].subject == "share"
    assert figs["2.4%"].rate == "inflation"
    assert not figs["$80m"].change  # money raised, not a change
    assert not figs["£5,000"].other_time  # a former role, not another time
    assert figs["£120,000"].key_det and figs["£120,000"].direction == 1
    assert frozenset({"Lord", "Fenwick", "Reform", "Treasurer"}) in figs["£5,000"].phrases


@pytest.mark.parametrize("body", [
    "1" * 200_000,
    "12 " * 60_000,
    "rose from 200 to 300, a 25% increase. " * 4_000,
    "Of the 80 seats, A won 41, B 27 and C 15. " * 4_000,
    "voted 7-2 with 3 abstentions. Four justices dissented. " * 3_000,
    "The $3.5bn deal. " * 8_000,
    "Alpha Beta " * 20_000,
])
def test_hostile_inputs_finish(body):
    # Bounded patterns and windows: these finish (no timing asserted here; see bench/).
    doc = Document(HEAD + body)
    m = Mentions(doc)
    assert m.figures is not None and m.relations is not None
