import { defineAreaSeed } from "@/lib/schemas/area-seed";

/**
 * Medway: protocol setting out the relationship between the Medway Health and Wellbeing Board (HWB),
 * the Medway Safeguarding Children Board (MSCB), the Kent and Medway Safeguarding Adults Board
 * (KMSAB) and the Medway Children's Action Network (CAN). Source: shared/seeds/001_33db63bee115c12f.txt.
 * The text is undated and its signature block is blank; it is loaded as agreed with no approval
 * date. The KMSAB spans Kent and Medway and is defined here with `alsoInAreas: ["kent"]`.
 * People are fictional.
 */
const ALL_FOUR = [{ board: "HWB" }, { board: "MSCB" }, { board: "KMSAB" }, { board: "CAN" }];
const SAFEGUARDING_BOARDS = [{ board: "MSCB" }, { board: "KMSAB" }];

export default defineAreaSeed({
  area: { slug: "medway", name: "Medway" },
  organisations: [
    { key: "medway-council", name: "Medway Council", kind: "local-authority" },
    { key: "kent-county-council", name: "Kent County Council", kind: "local-authority" },
    { key: "kent-medway-icb", name: "NHS Kent and Medway Integrated Care Board", kind: "integrated-care-board" },
    { key: "kent-police", name: "Kent Police", kind: "police" },
    { key: "healthwatch-medway", name: "Healthwatch Medway", kind: "healthwatch" },
    { key: "medway-vcs", name: "Medway voluntary and community sector", kind: "voluntary-sector" },
    { key: "independent", name: "Independent", kind: "independent" },
  ],
  boards: [
    {
      key: "HWB",
      name: "Medway Health and Wellbeing Board",
      acronym: "HWB",
      kind: "health-and-wellbeing-board",
      statutoryBasis: "Health and Social Care Act 2012, s.194",
      statutory: true,
      independentChair: false,
      secretariat: "medway-hwb-officer",
      notes:
        "A committee of Medway Council (3.1); its main functions are set out in Chapter 3 Part 2 of the Council's Constitution (3.2).",
    },
    {
      key: "MSCB",
      name: "Medway Safeguarding Children Board",
      acronym: "MSCB",
      kind: "safeguarding-children-board",
      statutoryBasis: "Children Act 2004, s.13",
      statutory: true,
      independentChair: true,
      secretariat: "medway-mscb-officer",
      notes:
        "Since 2019 these duties sit with Medway's safeguarding children partnership arrangements, led by the council, the police and the NHS; the protocol's name is kept. 8.2 speaks of the \"Independent Chairs of the two Safeguarding Boards\", so the board is recorded as independently chaired.",
    },
    {
      key: "KMSAB",
      name: "Kent and Medway Safeguarding Adults Board",
      acronym: "KMSAB",
      kind: "safeguarding-adults-board",
      statutoryBasis: "Care Act 2014, s.43",
      statutory: true,
      independentChair: true,
      alsoInAreas: ["kent"],
      secretariat: "medway-kmsab-officer",
      notes:
        'One board for Kent and Medway; defined in Medway\'s file and also listed in Kent. The protocol calls it "Kent and Medway Safeguarding Adult Board" (title, 1.1, 5) and "Medway Adult Safeguarding Board" (signature block); both are read as this board. 5.1 describes s.43 as not yet in force; it came into force on 1 April 2015.',
    },
    {
      key: "CAN",
      name: "Medway Children's Action Network",
      acronym: "CAN",
      kind: "childrens-partnership",
      statutoryBasis: null,
      statutory: false,
      independentChair: false,
      secretariat: "medway-can-officer",
      notes:
        "A non-statutory partnership and action group of key multi-agency leaders (6.1), focused on the local early help offer (6.2).",
    },
  ],
  posts: [
    {
      key: "HWB-CHAIR",
      title: "Chair of the Health and Wellbeing Board",
      organisation: "medway-council",
      board: "HWB",
    },
    { key: "MSCB-CHAIR", title: "Independent Chair of the MSCB", organisation: "independent", board: "MSCB" },
    { key: "KMSAB-CHAIR", title: "Independent Chair of the KMSAB", organisation: "independent", board: "KMSAB" },
    {
      key: "CAN-CHAIR",
      title: "Chair of the Medway Children's Action Network",
      organisation: "medway-council",
      board: "CAN",
    },
    {
      key: "LEAD-MEMBER-CHILDREN",
      title: "Lead Member (Portfolio Holder) for Children's Services",
      organisation: "medway-council",
    },
    { key: "DCS", title: "Director of Children's Services", organisation: "medway-council" },
    { key: "DPH", title: "Director of Public Health", organisation: "medway-council" },
    { key: "DASS", title: "Director of Adult Social Services", organisation: "medway-council" },
  ],
  people: [
    { key: "medway-hwb-chair", name: "Councillor Rosalind Pretendleigh" },
    { key: "medway-mscb-chair", name: "Ambrose Fauxbridge" },
    { key: "medway-kmsab-chair", name: "Evangeline Nonesuch" },
    { key: "medway-lead-member-children", name: "Councillor Percival Specimen" },
    { key: "medway-dcs", name: "Jemima Stubworth" },
    { key: "medway-dph", name: "Dr Lysander Proxyfield" },
    { key: "medway-dass", name: "Octavia Surrogate" },
    { key: "medway-icb", name: "Dr Humphrey Simulacre" },
    { key: "medway-police", name: "Detective Chief Superintendent Gwendolyn Neverwas" },
    { key: "medway-healthwatch", name: "Bartholomew Inkless" },
    { key: "medway-vcs", name: "Florence Hearsay" },
    { key: "medway-kcc-adults", name: "Reginald Counterfeit" },
    { key: "medway-hwb-officer", name: "Horatio Papertrail" },
    { key: "medway-mscb-officer", name: "Matilda Actionlog" },
    { key: "medway-kmsab-officer", name: "Ignatius Quorumfield" },
    { key: "medway-can-officer", name: "Philippa Draftwell" },
  ],
  postHoldings: [
    { post: "HWB-CHAIR", person: "medway-hwb-chair", from: "2023-05-24" },
    { post: "MSCB-CHAIR", person: "medway-mscb-chair", from: "2022-10-03" },
    { post: "KMSAB-CHAIR", person: "medway-kmsab-chair", from: "2024-01-08" },
    { post: "CAN-CHAIR", person: "medway-lead-member-children", from: "2023-06-01" },
    { post: "LEAD-MEMBER-CHILDREN", person: "medway-lead-member-children", from: "2023-05-24" },
    { post: "DCS", person: "medway-dcs", from: "2021-09-06" },
    { post: "DPH", person: "medway-dph", from: "2020-11-02" },
    { post: "DASS", person: "medway-dass", from: "2022-04-04" },
  ],
  memberships: [
    // Health and Wellbeing Board: local government, the NHS and Healthwatch (3.1).
    { person: "medway-hwb-chair", board: "HWB", capacity: "chair", representing: "medway-council", from: "2023-05-24" },
    {
      person: "medway-lead-member-children",
      board: "HWB",
      capacity: "member",
      representing: "medway-council",
      from: "2023-05-24",
    },
    {
      person: "medway-dcs",
      board: "HWB",
      capacity: "statutory-member",
      representing: "medway-council",
      from: "2021-09-06",
    },
    {
      person: "medway-dph",
      board: "HWB",
      capacity: "statutory-member",
      representing: "medway-council",
      from: "2020-11-02",
    },
    {
      person: "medway-dass",
      board: "HWB",
      capacity: "statutory-member",
      representing: "medway-council",
      from: "2022-04-04",
    },
    {
      person: "medway-icb",
      board: "HWB",
      capacity: "statutory-member",
      representing: "kent-medway-icb",
      from: "2022-07-01",
      source: "3.1",
    },
    {
      person: "medway-healthwatch",
      board: "HWB",
      capacity: "statutory-member",
      representing: "healthwatch-medway",
      from: "2023-04-01",
      source: "3.1",
    },
    // Medway Safeguarding Children Board: senior representatives of the partners listed in 4.1.
    { person: "medway-mscb-chair", board: "MSCB", capacity: "chair", representing: "independent", from: "2022-10-03" },
    {
      person: "medway-dcs",
      board: "MSCB",
      capacity: "member",
      representing: "medway-council",
      from: "2021-09-06",
      source: "4.1",
    },
    {
      person: "medway-lead-member-children",
      board: "MSCB",
      capacity: "participant-observer",
      representing: "medway-council",
      from: "2023-05-24",
    },
    {
      person: "medway-icb",
      board: "MSCB",
      capacity: "member",
      representing: "kent-medway-icb",
      from: "2022-07-01",
      source: "4.1",
    },
    {
      person: "medway-police",
      board: "MSCB",
      capacity: "member",
      representing: "kent-police",
      from: "2024-03-04",
      source: "4.1",
    },
    {
      person: "medway-vcs",
      board: "MSCB",
      capacity: "member",
      representing: "medway-vcs",
      from: "2023-09-01",
      source: "4.1",
    },
    // Kent and Medway Safeguarding Adults Board.
    {
      person: "medway-kmsab-chair",
      board: "KMSAB",
      capacity: "chair",
      representing: "independent",
      from: "2024-01-08",
    },
    { person: "medway-dass", board: "KMSAB", capacity: "member", representing: "medway-council", from: "2022-04-04" },
    {
      person: "medway-kcc-adults",
      board: "KMSAB",
      capacity: "member",
      representing: "kent-county-council",
      from: "2021-02-01",
    },
    { person: "medway-icb", board: "KMSAB", capacity: "member", representing: "kent-medway-icb", from: "2022-07-01" },
    { person: "medway-police", board: "KMSAB", capacity: "member", representing: "kent-police", from: "2024-03-04" },
    // Medway Children's Action Network: key multi-agency leaders (6.1).
    {
      person: "medway-lead-member-children",
      board: "CAN",
      capacity: "chair",
      representing: "medway-council",
      from: "2023-06-01",
    },
    { person: "medway-dcs", board: "CAN", capacity: "member", representing: "medway-council", from: "2021-09-06" },
    { person: "medway-dph", board: "CAN", capacity: "member", representing: "medway-council", from: "2020-11-02" },
    { person: "medway-icb", board: "CAN", capacity: "member", representing: "kent-medway-icb", from: "2022-07-01" },
    { person: "medway-vcs", board: "CAN", capacity: "member", representing: "medway-vcs", from: "2023-09-01" },
  ],
  meetings: [
    { board: "HWB", date: "2026-04-21", location: "Gun Wharf, Chatham, Meeting Room 2" },
    { board: "HWB", date: "2026-06-16", location: "Gun Wharf, Chatham, Meeting Room 2" },
    { board: "HWB", date: "2026-09-15", location: "Gun Wharf, Chatham, Meeting Room 2" },
    { board: "HWB", date: "2026-11-17", location: "Gun Wharf, Chatham, Meeting Room 2" },
    { board: "HWB", date: "2027-01-19", location: "Gun Wharf, Chatham, Meeting Room 2" },
    { board: "HWB", date: "2027-03-16", location: "Gun Wharf, Chatham, Meeting Room 2" },
    { board: "MSCB", date: "2026-05-13", startTime: "10:00", location: "Gun Wharf, Chatham, Meeting Room 9" },
    { board: "MSCB", date: "2026-07-15", startTime: "10:00", location: "Gun Wharf, Chatham, Meeting Room 9" },
    { board: "MSCB", date: "2026-09-16", startTime: "10:00", location: "Gun Wharf, Chatham, Meeting Room 9" },
    { board: "MSCB", date: "2026-11-11", startTime: "10:00", location: "Gun Wharf, Chatham, Meeting Room 9" },
    { board: "MSCB", date: "2027-01-13", startTime: "10:00", location: "Gun Wharf, Chatham, Meeting Room 9" },
    { board: "MSCB", date: "2027-03-10", startTime: "10:00", location: "Gun Wharf, Chatham, Meeting Room 9" },
    { board: "KMSAB", date: "2026-05-21", startTime: "10:00", location: "Sessions House, Maidstone" },
    { board: "KMSAB", date: "2026-07-16", startTime: "10:00", location: "Gun Wharf, Chatham" },
    { board: "KMSAB", date: "2026-09-17", startTime: "10:00", location: "Sessions House, Maidstone" },
    { board: "KMSAB", date: "2026-12-03", startTime: "10:00", location: "Gun Wharf, Chatham" },
    { board: "KMSAB", date: "2027-02-04", startTime: "10:00", location: "Sessions House, Maidstone" },
    { board: "KMSAB", date: "2027-03-18", startTime: "10:00", location: "Gun Wharf, Chatham" },
    { board: "CAN", date: "2026-04-30", startTime: "09:30", location: "Gun Wharf, Chatham, Meeting Room 4" },
    { board: "CAN", date: "2026-06-25", startTime: "09:30", location: "Gun Wharf, Chatham, Meeting Room 4" },
    { board: "CAN", date: "2026-09-24", startTime: "09:30", location: "Gun Wharf, Chatham, Meeting Room 4" },
    { board: "CAN", date: "2026-11-26", startTime: "09:30", location: "Gun Wharf, Chatham, Meeting Room 4" },
    { board: "CAN", date: "2027-01-28", startTime: "09:30", location: "Gun Wharf, Chatham, Meeting Room 4" },
    { board: "CAN", date: "2027-03-25", startTime: "09:30", location: "Gun Wharf, Chatham, Meeting Room 4" },
  ],
  protocol: {
    key: "medway-hwb-mscb-kmsab-can",
    title:
      "Protocol setting out the relationship between the Medway Health and Wellbeing Board (HWB), the Medway Safeguarding Children Board (MSCB), Kent and Medway Safeguarding Adult Board and Medway Children's Action Network",
    version: "1",
    status: "agreed",
    approvedOn: null,
    sourceDocument: "001_33db63bee115c12f.txt",
    notes: [
      'The text is undated. Its signature block names four signatories (Chair of Medway Safeguarding Children Board, Chair of "Medway Adult Safeguarding Board", Chair of Medway Health and Wellbeing Board, Chair of Medway Children\'s Action Network) with blank signatures and dates, so it is loaded as agreed with no approval date and no party sign-off. "Medway Adult Safeguarding Board" is read as the Kent and Medway Safeguarding Adults Board.',
      "From its references (Working Together 2013; s.43 Care Act 2014 not yet in force) the text dates from 2014/15. It has no review clause and no review date, so no review duty is encoded.",
      '8.1 says the arrangements in 8.2-8.4 are "proposed"; as the protocol is loaded as agreed, they are read as agreed arrangements (modality "will").',
      "Sections 3 to 6.2 describe each board's own statutory or constitutional functions (3.1-3.2 the HWB, including assessing needs through the JSNA and producing the JHWS; 4.1-4.3 the MSCB's scrutiny function, objectives and the Working Together marks of a good board; 5.1-5.2 the SAB's objective; 6.1-6.2 CAN's aims). Those that state something a board does (3.2, 4.1, 4.2, 5.2, 6.2) are encoded as standing duties, with no dated items; 3.1, 4.3, 5.1 and 6.1 are description only. The JSNA and JHWS duties between boards are encoded from 7.1 and 8.3. 6.3 (CAN's annual commissioning plan) is a dated duty because the plan is built on the other boards' documents.",
      "3.1 (HWB members from local government, the NHS and Healthwatch) and 4.1 (MSCB members from the council, health bodies, police, schools, voluntary sector, probation, HMYOI Cookham Wood and Medway Secure Training Centre) describe each board's composition, not a rule that one board's member sits on another; they are shown as membership sources, and no membership rule is encoded.",
      "Where all four boards share with each other (7.1, 8.4), both `from` and `to` list all four boards: each board's calendar item is the meeting at which it receives the others' material.",
      "Sequence 8.2 -> 8.3 -> 8.4 runs across two reporting years: annual reports in September-November, the JHWS review and refreshed JSNA in October-February, and the refreshed plans in April/May at the start of the next financial year.",
    ].join(" "),
    parties: [{ board: "HWB" }, { board: "MSCB" }, { board: "KMSAB" }, { board: "CAN" }],
    // No resolutionRoute: the protocol provides for cross-board scrutiny and challenge (7.1, 7.2, 8.2, 8.3) but
    // names nobody to take an unresolved disagreement to, so a challenge is settled between the chairs.
    clauses: [
      {
        ref: "1.1",
        heading: "Purpose",
        text: "This Protocol is a framework for effective joint-working between the Medway Health and Wellbeing Board, the Medway Safeguarding Children Board, Kent and Medway Safeguarding Adult Board, and the Medway Children's Action Network (CAN).",
      },
      {
        ref: "2.1",
        heading: "Background Information",
        text: "Medway Council works in partnership with the NHS, other public sector providers and the voluntary and community sector to improve the experience of service users (both adults and children) and their carers. Recent health and social care reforms have introduced new structures and processes. It is essential that all partners and the public understand the complementary roles and responsibilities of the respective boards and partnerships.",
      },
      {
        ref: "2.2",
        heading: "Background Information",
        text: "This protocol sets out:\n- The distinct roles and responsibilities of the Boards,\n- The inter-relationships between the Boards in terms of safeguarding and wellbeing, and\n- The means by which we will secure effective co-ordination and coherence between the Boards.",
      },
      {
        ref: "2.3",
        heading: "Background Information",
        text: "Safeguarding is everyone's business. As such, all key strategic plans whether they are formulated by individual agencies or by partnership forums should include safeguarding as a cross-cutting theme. This will ensure existing strategies and service delivery - as well as emerging plans for change and improvement - must take account of the impact on safeguarding arrangements across the authority. It is therefore essential that there is a high level of consultation with agency leads on safeguarding or the relevant safeguarding board.",
      },
      {
        ref: "3.1",
        heading: "Health and Wellbeing Board",
        text: "The Health and Wellbeing Board is a committee of Medway Council established under section 194 Health and Social Care Act 2012. It brings together decision makers from local government, the NHS and representatives of the people of Medway via Healthwatch, to improve health and wellbeing across the area.",
      },
      {
        ref: "3.2",
        heading: "Health and Wellbeing Board",
        text: "The Health and Wellbeing Board's main functions are set out in Chapter 3 Part 2 of the Council's Constitution. The Board seeks to:-\n- Assess the needs of the local population through the Joint Strategic Needs Assessment\n- Produce a Joint Health and Wellbeing Strategy (JHWS) to inform the commissioning of health, care and public health\n- Provide greater integration across health and social care\n- Lead on local health improvement and prevention activity\n- Support the local voice and the exercise of patient choice.",
      },
      {
        ref: "4.1",
        heading: "Medway Safeguarding Children Board (MSCB)",
        text: "The MSCB is a statutory body established pursuant to section 13 Children Act 2004. It has a clear scrutiny function and the authority to hold any member partner to account for its safeguarding activities. Its members comprise senior representatives from Medway Council, Medway health bodies, Kent Police, Medway schools, community and voluntary sector, Kent Probation, HMYOI Cookham Wood, Medway Secure Training Centre.",
      },
      {
        ref: "4.2",
        heading: "Medway Safeguarding Children Board (MSCB)",
        text: "The key objectives of the MSCB as set out in 'Working Together to Safeguard Children 2013' are:\n- To co-ordinate local work to safeguard and promote the wellbeing of children;\n- To ensure the effectiveness of that work.",
      },
      {
        ref: "4.3",
        heading: "Medway Safeguarding Children Board (MSCB)",
        text: "A key objective in undertaking these roles is to enable children to have optimum life chances and enter adulthood successfully. A 'good' safeguarding board is cited as one that:\n- Coordinates the activity of statutory partners and monitors the effectiveness of local arrangements;\n- Coordinates multi-agency training in the protection and care of children which is effective and evaluated regularly to measure impact; and\n- Provides robust and rigorous evaluation and analysis of local performance to identify areas for improvement and influences the planning and delivery of high-quality services.",
      },
      {
        ref: "5.1",
        heading: "Kent and Medway Safeguarding Adults Board",
        text: "Safeguarding Adults Boards (SAB) will become a statutory requirement for local authorities when section 43 of the Care Act 2014 is brought into force. . The objective of an SAB is to help and protect adults in its area where they have needs for care and support and are experiencing, or are at risk of, abuse or neglect, and are unable to protect themselves because of their needs.",
      },
      {
        ref: "5.2",
        heading: "Kent and Medway Safeguarding Adults Board",
        text: "The way in which an SAB must seek to achieve its objective is by co-ordinating and ensuring the effectiveness of what each of its members does.",
      },
      {
        ref: "6.1",
        heading: "Medway Children's Action Network",
        text: "Medway CAN is a non statutory partnership and an action group of key multi-agency leaders to develop and implement improvements to services for children. It aims to realise the vision for Medway that all services are ambitious for all children and ensure they have the best start in life. Ensuring our children are confident individuals, successful learners, effective contributors and good citizens.",
      },
      {
        ref: "6.2",
        heading: "Medway Children's Action Network",
        text: "Medway CAN:\n- Champions the voice of the child in Medway\n- Promotes engagement of children, young people and their families\n- Informs and influences the commissioning intentions of the Council and its partners in relation to Early Help\n- Promotes the engagement of the VCS and statutory partners in improving outcomes. It's key focus is on the local early help offer",
      },
      {
        ref: "6.3",
        heading: "Medway Children's Action Network",
        text: "Medway CAN is responsible for developing an annual commissioning plan, which is informed by the JSNA, the Health and Wellbeing Strategy, and the MSCB Business Plan",
      },
      {
        ref: "7.1",
        heading: "Formal interfaces",
        text: "The interface between the Health and Wellbeing Board, the Safeguarding Boards and Medway CAN at key points include:\n- The needs analyses that drive the formulation of the JHWS and the Safeguarding Boards' Business Plans. This needs to be reciprocal in nature ensuring that both Safeguarding Boards' needs analyses are fed into the Joint Strategic Needs Assessment (JSNA) and the Joint Commissioning Plan, and that the outcomes of the JSNA are fed back into Safeguarding Boards' and Medway CAN's planning;\n- Ensuring each Board/partnership is regularly updated on progress made in the implementation of the JHWS and the individual Board Business Plans in a context of mutual scrutiny and challenge\n- Annually reporting evaluations of performance on Plans to provide the opportunity for reciprocal scrutiny and challenge and to enable Boards to feed any improvement and development needs into the planning process for future years' strategies and plans.",
      },
      {
        ref: "7.2",
        heading: "Formal interfaces",
        text: "The opportunities presented by a formal working relationship between the HWB, the Safeguarding Boards and Medway CAN are summarised as follows:\n- Securing an integrated approach to the JSNA, ensuring comprehensive safeguarding data analysis in the JSNA, in line with statutory guidance.\n- Aligning the work of the respective Safeguarding Boards' Business Plans with the JHWS and related priority setting.\n- Ensuring safeguarding is “everyone’s business”, reflected in the public health agenda and related determinant of health policies and strategies.\n- Evaluating the impact of the JHWS on safeguarding outcomes, and of safeguarding on wider determinants of health outcomes.\n- Cross Board scrutiny and challenge and “holding to account”: the HWB for embedding safeguarding, and the Safeguarding Boards for overall performance and contribution to the JHWS.\n- Identifying a coordinated approach to performance management.\n- Ensuring Safeguarding risks are managed through transformational change and commissioning.",
      },
      {
        ref: "8.1",
        heading: "Arrangements to secure co-ordination between the Boards",
        text: "In order to secure the opportunities identified above it is proposed that the following arrangements are in place to ensure effective co-ordination and coherence in the work of the four Boards/Partnerships.",
      },
      {
        ref: "8.2",
        heading: "Arrangements to secure co-ordination between the Boards",
        text: "Between September and November each year the Independent Chairs of the two Safeguarding Boards will present to the HWB their Annual Reports outlining performance against Business Plan objectives in the previous financial year. This would provide the opportunity for the HWB to scrutinise and challenge the performance of the Boards, to draw across data to be included in the JSNA and to reflect on key issues that may need to be incorporated in the refresh of the JHWS.",
      },
      {
        ref: "8.3",
        heading: "Arrangements to secure co-ordination between the Boards",
        text: "Between October and February the HWB to present to the Safeguarding Boards the review of the JHWS, the refreshed JSNA and the proposed priorities and objectives for the refreshed JHWS to enable the Safeguarding Boards to scrutinise and challenge performance of the HWB and to ensure that their refreshed Business Plans appropriately reflect relevant priorities set in the refreshed JHWS and related commissioning strategies.",
      },
      {
        ref: "8.4",
        heading: "Arrangements to secure co-ordination between the Boards",
        text: "In April/May the Boards will share their refreshed Plans for the coming financial year to ensure co-ordination and coherence.",
      },
    ],
    obligations: [
      // 2.3 Safeguarding in every key strategic plan.
      {
        key: "safeguarding-in-strategic-plans",
        clause: "2.3",
        kind: "plan",
        summary:
          "Include safeguarding as a cross-cutting theme in every key strategic plan, whether formulated by an individual agency or by a partnership forum",
        from: ALL_FOUR,
        cadence: { frequency: "standing" },
        modality: "should",
        documents: ["strategic-plan", "jhws", "business-plan", "commissioning-plan"],
        notes:
          "The clause addresses all agencies and partnership forums in Medway; it is encoded against the four parties to the protocol, whose own key plans are the JHWS, the Safeguarding Boards' Business Plans and CAN's commissioning plan.",
      },
      {
        key: "strategies-take-account-of-safeguarding",
        clause: "2.3",
        kind: "other",
        summary:
          "Make existing strategies and service delivery, as well as emerging plans for change and improvement, take account of their impact on safeguarding arrangements across the authority",
        from: ALL_FOUR,
        cadence: { frequency: "standing" },
        modality: "must",
        documents: ["strategic-plan"],
        notes:
          'The "must" sits inside a sentence ("This will ensure ... must take account") that states the effect of the previous sentence rather than a separate command; the printed "must" is kept as the modality. Encoded separately from safeguarding-in-strategic-plans because it reaches existing strategies and service delivery, not only new plans.',
      },
      {
        key: "consult-safeguarding-on-strategic-plans",
        clause: "2.3",
        kind: "consultation",
        summary:
          "Consult the agency leads on safeguarding or the relevant Safeguarding Board to a high level when a key strategic plan is being formulated",
        from: [{ board: "HWB" }, { board: "CAN" }],
        to: SAFEGUARDING_BOARDS,
        cadence: {
          frequency: "on-event",
          trigger: "A key strategic plan is being formulated (for example the JHWS or CAN's annual commissioning plan)",
        },
        modality: "must",
        documents: ["strategic-plan", "jhws", "commissioning-plan"],
        notes:
          '"It is therefore essential that there is a high level of consultation" has no modal verb; "essential" is read as must. The consultation is with "agency leads on safeguarding or the relevant safeguarding board": the alternative of consulting agency leads is not a board and cannot be a recipient, and "relevant" means the MSCB for plans about children and the KMSAB for plans about adults, so when the event is logged only the relevant board\'s item may apply. The Safeguarding Boards are not listed as owing the duty because they are themselves the consultees.',
      },
      // 3.2, 4.1-4.3, 5.2, 6.2: each board's own functions. Standing duties (no dated items), so a
      // reader finds them in the list; the dated duties between the boards are in 6.3 and 7-8.
      {
        key: "hwb-assesses-needs-through-jsna",
        clause: "3.2",
        kind: "plan",
        summary: "Assess the needs of the local population through the Joint Strategic Needs Assessment",
        from: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["jsna"],
        notes:
          "3.2 lists what the Board \"seeks to\" do under the Council's constitution; read as the HWB's standing functions. The JSNA's refresh and presentation to the Safeguarding Boards is the dated duty in 8.3.",
      },
      {
        key: "hwb-produces-jhws",
        clause: "3.2",
        kind: "plan",
        summary:
          "Produce a Joint Health and Wellbeing Strategy to inform the commissioning of health, care and public health",
        from: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["jhws"],
      },
      {
        key: "hwb-integration-prevention-and-voice",
        clause: "3.2",
        kind: "other",
        summary:
          "Provide greater integration across health and social care, lead local health improvement and prevention, and support the local voice and patient choice",
        from: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes: "The last three bullets of 3.2 are held as one standing duty: none has a counterparty or a date.",
      },
      {
        key: "mscb-holds-partners-to-account",
        clause: "4.1",
        kind: "review",
        summary: "Scrutinise, and hold any member partner to account for, its safeguarding activities",
        from: [{ board: "MSCB" }],
        cadence: { frequency: "standing" },
        modality: "may",
        notes: '"Has ... the authority to hold any member partner to account": a power, read as may.',
      },
      {
        key: "mscb-coordinates-and-ensures-effectiveness",
        clause: "4.2",
        kind: "review",
        summary:
          "Co-ordinate local work to safeguard and promote the wellbeing of children, and ensure the effectiveness of that work",
        from: [{ board: "MSCB" }],
        cadence: { frequency: "standing" },
        modality: "must",
        notes:
          'The statutory objectives (Working Together 2013), hence must. 4.3 describes what a "good" board does (coordination, multi-agency training, evaluation of local performance); it is guidance on how to meet 4.2 and is not encoded separately.',
      },
      {
        key: "kmsab-coordinates-members",
        clause: "5.2",
        kind: "review",
        summary:
          "Seek to achieve the SAB's objective by co-ordinating, and ensuring the effectiveness of, what each of its members does",
        from: [{ board: "KMSAB" }],
        cadence: { frequency: "standing" },
        modality: "must",
        notes: '5.2 restates s.43 of the Care Act 2014 ("must seek to achieve").',
      },
      {
        key: "can-champions-child-voice-and-early-help",
        clause: "6.2",
        kind: "other",
        summary:
          "Champion the voice of the child, promote the engagement of children, families, the VCS and statutory partners, and inform the Council's and partners' commissioning intentions for Early Help",
        from: [{ board: "CAN" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["commissioning-plan"],
        notes:
          "6.2's four bullets describe CAN's role; held as one standing duty. Informing commissioning intentions has no recipient board: the Council and its partners are not parties.",
      },
      // 6.3 CAN's annual commissioning plan.
      {
        key: "can-annual-commissioning-plan",
        clause: "6.3",
        kind: "plan",
        summary:
          "Develop CAN's annual commissioning plan, informed by the JSNA, the Health and Wellbeing Strategy and the MSCB Business Plan",
        from: [{ board: "CAN" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["commissioning-plan", "jsna", "jhws", "business-plan"],
        notes:
          '"Is responsible for developing" is read as will. "The Health and Wellbeing Strategy" is read as the JHWS. No month is stated; in practice the plan is shared with the other boards in April/May under 8.4 (share-refreshed-plans). The text sets no order against the JSNA refresh, so no comesAfter is recorded.',
      },
      // 7.1 Formal interfaces.
      {
        key: "safeguarding-needs-analyses-into-jsna",
        clause: "7.1",
        kind: "information-sharing",
        summary:
          "Feed both Safeguarding Boards' needs analyses into the Joint Strategic Needs Assessment and the Joint Commissioning Plan",
        from: SAFEGUARDING_BOARDS,
        to: [{ board: "HWB" }],
        cadence: { frequency: "annual", window: null },
        modality: "must",
        documents: ["jsna", "commissioning-plan", "performance-data"],
        notes:
          'First half of the reciprocal needs-analysis interface ("This needs to be reciprocal", read as must). No timing is stated; read as once a year, for each JSNA refresh. In practice the data travels with the annual reports in September-November (8.2, "to draw across data to be included in the JSNA"), but no window is imposed because 7.1 gives none. The Joint Commissioning Plan belongs to the council and the NHS, not to a party board; the HWB is taken as the recipient.',
      },
      {
        key: "jsna-outcomes-to-safeguarding-and-can",
        clause: "7.1",
        kind: "information-sharing",
        summary: "Feed the outcomes of the JSNA back into the Safeguarding Boards' and Medway CAN's planning",
        from: [{ board: "HWB" }],
        to: [{ board: "MSCB" }, { board: "KMSAB" }, { board: "CAN" }],
        cadence: { frequency: "annual", window: null },
        modality: "must",
        documents: ["jsna"],
        comesAfter: "safeguarding-needs-analyses-into-jsna",
        notes:
          "Second half of the reciprocal interface. For the Safeguarding Boards it is delivered in practice by the October-February presentation of the refreshed JSNA (8.3, hwb-presents-jhws-review-and-jsna); it is encoded separately because it also reaches CAN, which 8.3 does not name. No window is stated.",
      },
      {
        key: "progress-updates-jhws-and-business-plans",
        clause: "7.1",
        kind: "information-sharing",
        summary:
          "Keep each Board and partnership regularly updated on progress in implementing the JHWS and the individual Board Business Plans, in a context of mutual scrutiny and challenge",
        from: ALL_FOUR,
        to: ALL_FOUR,
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["jhws", "business-plan", "performance-data"],
        notes:
          '"Regularly" has no stated frequency, so the duty is held as standing and each update is logged when given; the annual evaluation (annual-evaluation-of-performance-on-plans) and 8.2-8.4 give the dated exchanges. A board wanting a reminder could restate it as min-per-year once the partners agree a frequency. The bullet has no modal verb (it lists the interfaces the protocol sets up); read as will. The HWB updates on the JHWS and the Safeguarding Boards on their Business Plans; CAN is read in as both receiving updates ("each Board/partnership") and giving them on its commissioning plan (6.3), although the text speaks only of "Board Business Plans".',
      },
      {
        key: "annual-evaluation-of-performance-on-plans",
        clause: "7.1",
        kind: "report",
        summary:
          "Report annually to the other Boards an evaluation of performance on each Board's Plans, for reciprocal scrutiny and challenge and to feed improvement and development needs into future years' strategies and plans",
        from: ALL_FOUR,
        to: ALL_FOUR,
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["annual-report", "performance-data", "business-plan", "jhws"],
        notes:
          "No month is stated. Between the Safeguarding Boards and the HWB this is largely delivered by 8.2 (annual reports to the HWB, September-November) and 8.3 (review of the JHWS to the Safeguarding Boards, October-February); the same evidence can be logged here. It is kept as its own duty because 7.1 makes the reporting reciprocal among all four boards, including CAN and between the two Safeguarding Boards, which 8.2 and 8.3 do not cover. Each board's item is the one at which it receives the others' evaluations. The bullet has no modal verb; read as will.",
      },
      // 7.2 Opportunities of the formal working relationship.
      {
        key: "integrated-approach-to-jsna",
        clause: "7.2",
        kind: "information-sharing",
        summary:
          "Secure an integrated approach to the JSNA, with comprehensive safeguarding data analysis in it, in line with statutory guidance",
        from: [{ board: "HWB" }, { board: "MSCB" }, { board: "KMSAB" }],
        cadence: { frequency: "standing" },
        modality: "should",
        documents: ["jsna", "performance-data"],
        notes:
          '7.2 lists "opportunities" of the working relationship rather than commands; 8.1 then sets out arrangements "to secure the opportunities identified above". Each bullet that names something the boards do is held as a standing duty with modality should. The HWB owns the JSNA; the Safeguarding Boards supply the safeguarding data. The dated exchanges are safeguarding-needs-analyses-into-jsna (7.1) and the 8.2 annual reports.',
      },
      {
        key: "align-business-plans-with-jhws",
        clause: "7.2",
        kind: "plan",
        summary: "Align the work of the Safeguarding Boards' Business Plans with the JHWS and related priority setting",
        from: SAFEGUARDING_BOARDS,
        cadence: { frequency: "standing" },
        modality: "should",
        documents: ["business-plan", "jhws"],
        notes:
          "An opportunity (see integrated-approach-to-jsna); held as standing. The dated step is business-plans-reflect-jhws-priorities (8.3).",
      },
      {
        key: "safeguarding-in-public-health-agenda",
        clause: "7.2",
        kind: "plan",
        summary:
          'Ensure safeguarding is "everyone\'s business", reflected in the public health agenda and in related policies and strategies on the determinants of health',
        from: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "should",
        documents: ["jhws", "strategic-plan"],
        notes:
          "An opportunity; held as standing. The public health agenda and determinants-of-health strategies sit with the HWB, so it owes the duty; it restates 2.3 for public health.",
      },
      {
        key: "evaluate-jhws-and-safeguarding-impact",
        clause: "7.2",
        kind: "review",
        summary:
          "Evaluate the impact of the JHWS on safeguarding outcomes, and of safeguarding on the wider determinants of health outcomes",
        from: [{ board: "HWB" }, { board: "MSCB" }, { board: "KMSAB" }],
        cadence: { frequency: "standing" },
        modality: "should",
        documents: ["jhws", "performance-data"],
        notes:
          "An opportunity; held as standing. The text does not say who evaluates; read as joint between the HWB (impact of the JHWS) and the Safeguarding Boards (impact of safeguarding on health outcomes). CAN is not named in the bullet.",
      },
      {
        key: "safeguarding-boards-hold-hwb-to-account",
        clause: "7.2",
        kind: "review",
        summary: "Scrutinise, challenge and hold the HWB to account for embedding safeguarding",
        from: SAFEGUARDING_BOARDS,
        to: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "should",
        notes:
          "One direction of \"Cross Board scrutiny and challenge and 'holding to account'\"; the bullet is split into one duty per direction. Held as standing; the dated occasion is the 8.3 presentation (safeguarding-boards-scrutinise-hwb).",
      },
      {
        key: "hwb-holds-safeguarding-boards-to-account",
        clause: "7.2",
        kind: "review",
        summary:
          "Scrutinise, challenge and hold the Safeguarding Boards to account for their overall performance and their contribution to the JHWS",
        from: [{ board: "HWB" }],
        to: SAFEGUARDING_BOARDS,
        cadence: { frequency: "standing" },
        modality: "should",
        documents: ["jhws"],
        notes:
          "The other direction of cross-board scrutiny and challenge. Held as standing; the dated occasion is the 8.2 annual reports (hwb-scrutinises-safeguarding-annual-reports).",
      },
      {
        key: "coordinated-performance-management",
        clause: "7.2",
        kind: "other",
        summary: "Identify a coordinated approach to performance management across the Boards",
        from: ALL_FOUR,
        cadence: { frequency: "standing" },
        modality: "should",
        documents: ["performance-data"],
        notes: "An opportunity; held as standing. No board is singled out; read as joint among all four.",
      },
      {
        key: "safeguarding-risks-in-change-and-commissioning",
        clause: "7.2",
        kind: "other",
        summary: "Ensure safeguarding risks are managed through transformational change and commissioning",
        from: ALL_FOUR,
        cadence: { frequency: "standing" },
        modality: "should",
        documents: ["commissioning-plan"],
        notes:
          "An opportunity; held as standing. No board is singled out; read as joint among all four (the HWB and CAN influence commissioning, the Safeguarding Boards oversee the risks).",
      },
      // 8.2 -> 8.3 -> 8.4: the annual cycle.
      {
        key: "mscb-annual-report-to-hwb",
        clause: "8.2",
        kind: "report",
        summary:
          "The Independent Chair of the MSCB presents to the HWB the MSCB Annual Report, outlining performance against Business Plan objectives in the previous financial year",
        from: [{ post: "MSCB-CHAIR" }],
        to: [{ board: "HWB" }],
        cadence: { frequency: "annual", window: { fromMonth: 9, toMonth: 11 } },
        modality: "will",
        documents: ["annual-report", "business-plan", "performance-data", "jsna"],
        notes:
          '8.2 is one sentence about "the Independent Chairs of the two Safeguarding Boards"; it is split into one duty per Safeguarding Board so that each presentation is a separate calendar item. 8.1 calls the arrangements "proposed"; read as agreed. The report covers the previous financial year (April to March), presented between September and November of the current one.',
      },
      {
        key: "kmsab-annual-report-to-hwb",
        clause: "8.2",
        kind: "report",
        summary:
          "The Independent Chair of the KMSAB presents to the HWB the KMSAB Annual Report, outlining performance against Business Plan objectives in the previous financial year",
        from: [{ post: "KMSAB-CHAIR" }],
        to: [{ board: "HWB" }],
        cadence: { frequency: "annual", window: { fromMonth: 9, toMonth: 11 } },
        modality: "will",
        documents: ["annual-report", "business-plan", "performance-data", "jsna"],
        notes:
          "The KMSAB's report covers Kent and Medway; under this protocol it is presented to the Medway HWB (any presentation to Kent's board rests on Kent's arrangements). Split from mscb-annual-report-to-hwb as above; 8.1's \"proposed\" read as agreed.",
      },
      {
        key: "hwb-scrutinises-safeguarding-annual-reports",
        clause: "8.2",
        kind: "review",
        summary:
          "The HWB scrutinises and challenges the Safeguarding Boards' performance on their Annual Reports, draws across data for the JSNA and reflects on key issues for the refresh of the JHWS",
        from: [{ board: "HWB" }],
        to: SAFEGUARDING_BOARDS,
        cadence: {
          frequency: "on-event",
          trigger: "A Safeguarding Board's Independent Chair presents its Annual Report to the HWB",
        },
        modality: "may",
        documents: ["annual-report", "jsna", "jhws"],
        comesAfter: "mscb-annual-report-to-hwb",
        notes:
          '"This would provide the opportunity": an opportunity, not a command, so modality may; it falls at the meeting where each report is presented. comesAfter names the MSCB report; the same follows the KMSAB report (kmsab-annual-report-to-hwb).',
      },
      {
        key: "hwb-presents-jhws-review-and-jsna",
        clause: "8.3",
        kind: "report",
        summary:
          "The HWB presents to the Safeguarding Boards the review of the JHWS, the refreshed JSNA and the proposed priorities and objectives for the refreshed JHWS",
        from: [{ board: "HWB" }],
        to: SAFEGUARDING_BOARDS,
        cadence: { frequency: "annual", window: { fromMonth: 10, toMonth: 2 } },
        modality: "will",
        documents: ["jhws", "jsna"],
        comesAfter: "mscb-annual-report-to-hwb",
        notes:
          '"The HWB to present" has no finite verb; read with 8.1 as an agreed arrangement (will). The window runs across the year end, October to February within one financial year. It comes after both 8.2 annual reports, whose data feeds the JSNA refresh; comesAfter can name one, so it names the MSCB report (mscb-annual-report-to-hwb) and the KMSAB report (kmsab-annual-report-to-hwb) is the other predecessor. As the windows overlap in October-November, the presentation should follow the annual reports.',
      },
      {
        key: "safeguarding-boards-scrutinise-hwb",
        clause: "8.3",
        kind: "review",
        summary:
          "The Safeguarding Boards scrutinise and challenge the performance of the HWB on the review of the JHWS and the refreshed JSNA",
        from: SAFEGUARDING_BOARDS,
        to: [{ board: "HWB" }],
        cadence: {
          frequency: "on-event",
          trigger: "The HWB presents the review of the JHWS and the refreshed JSNA to the Safeguarding Board",
        },
        modality: "may",
        documents: ["jhws", "jsna"],
        comesAfter: "hwb-presents-jhws-review-and-jsna",
        notes:
          '8.3 says the presentation is "to enable" the Safeguarding Boards to scrutinise and challenge: an opportunity, so modality may.',
      },
      {
        key: "business-plans-reflect-jhws-priorities",
        clause: "8.3",
        kind: "plan",
        summary:
          "Ensure each Safeguarding Board's refreshed Business Plan appropriately reflects the relevant priorities set in the refreshed JHWS and related commissioning strategies",
        from: SAFEGUARDING_BOARDS,
        cadence: {
          frequency: "on-event",
          trigger: "The Safeguarding Board refreshes its Business Plan for the coming financial year",
        },
        modality: "should",
        documents: ["business-plan", "jhws", "commissioning-plan"],
        comesAfter: "hwb-presents-jhws-review-and-jsna",
        notes:
          'Stated as a purpose of the 8.3 presentation ("to ensure that their refreshed Business Plans appropriately reflect ...") rather than a command; read as should. No date for the refresh is given; the refreshed plans are shared in April/May (8.4).',
      },
      {
        key: "share-refreshed-plans",
        clause: "8.4",
        kind: "information-sharing",
        summary:
          "The four Boards share their refreshed Plans for the coming financial year with each other, to ensure co-ordination and coherence",
        from: ALL_FOUR,
        to: ALL_FOUR,
        cadence: { frequency: "annual", window: { fromMonth: 4, toMonth: 5 } },
        modality: "will",
        documents: ["business-plan", "jhws", "commissioning-plan"],
        comesAfter: "hwb-presents-jhws-review-and-jsna",
        notes:
          '"The Boards" is read as the four Boards/Partnerships of 8.1, and "Plans" as each board\'s own plan (the JHWS, the Safeguarding Boards\' Business Plans, CAN\'s commissioning plan). Each board\'s item is the April/May meeting at which it receives the others\' plans. "The coming financial year" is read as the year that starts in April, so in the April-March cycle this item falls at the start of the year and follows the 8.3 presentation of the previous cycle (October-February).',
      },
    ],
    membershipRules: [],
  },
});
