import { defineAreaSeed } from "@/lib/schemas/area-seed";

/**
 * Halton: Joint Protocol between Halton Children's Trust (HCT), Halton Safeguarding Children Board
 * (HSCB) and Halton Health & Wellbeing Board (HHWB). Source: shared/seeds/004_09ecf680fe5c083b.txt,
 * Appendix A to a report of the Strategic Director Children and Enterprise to the Health and
 * Wellbeing Board of 18 September 2013. Only the protocol's paragraphs 1-45 are clauses; the cover
 * report is summarised in the protocol's notes. The signature lines are blank; the protocol is
 * loaded as agreed on the date of that meeting.
 *
 * Halton Clinical Commissioning Group (paragraph 26) was succeeded on 1 July 2022 by NHS Cheshire
 * and Merseyside Integrated Care Board, which is the NHS organisation here. In Halton the Strategic
 * Director, Children and Enterprise (paragraphs 40, 45) is the Director of Children's Services, so
 * both are the one post DCS. People are fictional.
 */
export default defineAreaSeed({
  area: { slug: "halton", name: "Halton" },
  organisations: [
    { key: "halton-council", name: "Halton Borough Council", kind: "local-authority" },
    { key: "cm-icb", name: "NHS Cheshire and Merseyside Integrated Care Board", kind: "integrated-care-board" },
    { key: "cheshire-police", name: "Cheshire Constabulary", kind: "police" },
    { key: "healthwatch-halton", name: "Healthwatch Halton", kind: "healthwatch" },
    {
      key: "halton-vcs",
      name: "Halton voluntary and community sector (collective representation)",
      kind: "voluntary-sector",
    },
    { key: "independent", name: "Independent", kind: "independent" },
  ],
  boards: [
    {
      key: "HCT",
      name: "Halton Children's Trust",
      acronym: "HCT",
      kind: "childrens-trust",
      statutoryBasis: null,
      statutory: false,
      independentChair: false,
      secretariat: "halton-hct-officer",
      notes:
        "Not statutory since 2010: the protocol (3) and the cover report (2.1) say the statutory duty to have a Children's Trust and a Children and Young People's Plan was removed in 2010 and that Halton's partners kept the arrangements. The Trust grew out of the Children Act 2004 co-operation arrangements (s.10, whose duty on partners to co-operate remains); the statutory basis is left empty because no current statute requires the board. Chaired by the Lead Member for Children's Services (40). The protocol also calls it \"the Children's Trust Board\" (34-36).",
    },
    {
      key: "HSCB",
      name: "Halton Safeguarding Children Board",
      acronym: "HSCB",
      kind: "safeguarding-children-board",
      statutoryBasis: "Children Act 2004, s.13",
      statutory: true,
      independentChair: true,
      secretariat: "halton-hscb-officer",
      notes:
        "A Local Safeguarding Children Board with an Independent Chair (18); the protocol also calls it \"the LSCB\" (17, 36). Its role is cited from s.14 of the Children Act 2004 (15); s.13 establishes it. Since 2019 (Children and Social Work Act 2017) these duties sit with Halton's safeguarding children partnership led by the council, the police and the ICB; the protocol's name and board kind are kept.",
    },
    {
      key: "HHWB",
      name: "Halton Health & Wellbeing Board",
      acronym: "HHWB",
      kind: "health-and-wellbeing-board",
      statutoryBasis: "Health and Social Care Act 2012, s.194",
      statutory: true,
      independentChair: false,
      secretariat: "halton-hhwb-officer",
      notes:
        'Formally in place from April 2013 after a shadow year (cover report 2.2). Paragraph 38 misprints it as "HHWBB".',
    },
  ],
  posts: [
    { key: "CHIEF-EXEC", title: "Chief Executive (Head of Paid Service)", organisation: "halton-council" },
    { key: "LEADER", title: "Leader of the Council", organisation: "halton-council" },
    {
      key: "DCS",
      title: "Strategic Director, Children and Enterprise (Director of Children's Services)",
      organisation: "halton-council",
    },
    { key: "LEAD-MEMBER-CHILDREN", title: "Lead Member for Children's Services", organisation: "halton-council" },
    { key: "DPH", title: "Director of Public Health", organisation: "halton-council" },
    { key: "DASS", title: "Director of Adult Social Services", organisation: "halton-council" },
    {
      key: "HSCB-CHAIR",
      title: "Independent Chair of the Halton Safeguarding Children Board",
      organisation: "independent",
      board: "HSCB",
    },
    {
      key: "HHWB-CHAIR",
      title: "Chair of the Halton Health & Wellbeing Board",
      organisation: "halton-council",
      board: "HHWB",
    },
    { key: "HCT-CHAIR", title: "Chair of Halton Children's Trust", organisation: "halton-council", board: "HCT" },
  ],
  people: [
    { key: "halton-chief-exec", name: "Augustus Draftington" },
    { key: "halton-leader", name: "Councillor Rosalind Gavelstone" },
    { key: "halton-dcs", name: "Cornelius Pretendleton" },
    { key: "halton-lead-member", name: "Councillor Philippa Mandatewell" },
    { key: "halton-hscb-chair", name: "Bartholomew Supposington" },
    { key: "halton-hhwb-chair", name: "Councillor Gwendolyn Fancifold" },
    { key: "halton-dph", name: "Dr Octavia Inventwell" },
    { key: "halton-dass", name: "Reginald Surrogatte" },
    { key: "halton-icb", name: "Dr Lysander Likenessby" },
    { key: "halton-designated-nurse", name: "Rowena Standinford" },
    { key: "halton-police", name: "Detective Chief Inspector Horatio Notionby" },
    { key: "halton-healthwatch", name: "Esmeralda Conjectura" },
    { key: "halton-vcs-rep", name: "Perpetua Facsimile" },
    { key: "halton-hct-officer", name: "Ambrose Paperclipp" },
    { key: "halton-hscb-officer", name: "Clementine Docketby" },
    { key: "halton-hhwb-officer", name: "Fenella Ledgerwick" },
  ],
  postHoldings: [
    { post: "CHIEF-EXEC", person: "halton-chief-exec", from: "2022-09-05" },
    { post: "LEADER", person: "halton-leader", from: "2024-05-22" },
    { post: "DCS", person: "halton-dcs", from: "2023-01-09" },
    { post: "LEAD-MEMBER-CHILDREN", person: "halton-lead-member", from: "2024-05-22" },
    { post: "HCT-CHAIR", person: "halton-lead-member", from: "2024-06-04" },
    { post: "HSCB-CHAIR", person: "halton-hscb-chair", from: "2024-10-01" },
    { post: "HHWB-CHAIR", person: "halton-hhwb-chair", from: "2024-05-22" },
    { post: "DPH", person: "halton-dph", from: "2020-11-02" },
    { post: "DASS", person: "halton-dass", from: "2021-07-19" },
  ],
  memberships: [
    // Halton Health & Wellbeing Board
    {
      person: "halton-hhwb-chair",
      board: "HHWB",
      capacity: "chair",
      representing: "halton-council",
      from: "2024-05-22",
    },
    {
      person: "halton-lead-member",
      board: "HHWB",
      capacity: "member",
      representing: "halton-council",
      from: "2024-05-22",
      source: "40",
    },
    {
      person: "halton-dcs",
      board: "HHWB",
      capacity: "statutory-member",
      representing: "halton-council",
      from: "2023-01-09",
      source: "38",
    },
    {
      person: "halton-dph",
      board: "HHWB",
      capacity: "statutory-member",
      representing: "halton-council",
      from: "2020-11-02",
    },
    {
      person: "halton-dass",
      board: "HHWB",
      capacity: "statutory-member",
      representing: "halton-council",
      from: "2021-07-19",
    },
    { person: "halton-icb", board: "HHWB", capacity: "statutory-member", representing: "cm-icb", from: "2022-07-01" },
    {
      person: "halton-healthwatch",
      board: "HHWB",
      capacity: "statutory-member",
      representing: "healthwatch-halton",
      from: "2023-04-01",
    },
    // Halton Safeguarding Children Board
    {
      person: "halton-hscb-chair",
      board: "HSCB",
      capacity: "chair",
      representing: "independent",
      from: "2024-10-01",
      source: "18",
    },
    {
      person: "halton-dcs",
      board: "HSCB",
      capacity: "member",
      representing: "halton-council",
      from: "2023-01-09",
      source: "40",
    },
    {
      person: "halton-lead-member",
      board: "HSCB",
      capacity: "participant-observer",
      representing: "halton-council",
      from: "2024-06-04",
      source: "40",
    },
    { person: "halton-police", board: "HSCB", capacity: "member", representing: "cheshire-police", from: "2024-02-01" },
    {
      person: "halton-designated-nurse",
      board: "HSCB",
      capacity: "member",
      representing: "cm-icb",
      from: "2022-07-01",
    },
    { person: "halton-dph", board: "HSCB", capacity: "member", representing: "halton-council", from: "2021-04-01" },
    // Halton Children's Trust
    {
      person: "halton-lead-member",
      board: "HCT",
      capacity: "chair",
      representing: "halton-council",
      from: "2024-06-04",
      source: "40",
    },
    {
      person: "halton-hscb-chair",
      board: "HCT",
      capacity: "member",
      representing: "independent",
      from: "2024-10-01",
      source: "40",
    },
    {
      person: "halton-dcs",
      board: "HCT",
      capacity: "member",
      representing: "halton-council",
      from: "2023-01-09",
      source: "40",
    },
    { person: "halton-dph", board: "HCT", capacity: "member", representing: "halton-council", from: "2020-11-02" },
    { person: "halton-icb", board: "HCT", capacity: "member", representing: "cm-icb", from: "2022-07-01" },
    { person: "halton-police", board: "HCT", capacity: "member", representing: "cheshire-police", from: "2024-02-01" },
    { person: "halton-vcs-rep", board: "HCT", capacity: "member", representing: "halton-vcs", from: "2023-06-13" },
  ],
  meetings: [
    { board: "HHWB", date: "2026-05-20", location: "Runcorn Town Hall, Council Chamber" },
    { board: "HHWB", date: "2026-07-15", location: "Runcorn Town Hall, Council Chamber" },
    { board: "HHWB", date: "2026-09-16", location: "Runcorn Town Hall, Council Chamber" },
    { board: "HHWB", date: "2026-11-18", location: "Runcorn Town Hall, Council Chamber" },
    { board: "HHWB", date: "2027-01-20", location: "Runcorn Town Hall, Council Chamber" },
    { board: "HHWB", date: "2027-03-17", location: "Runcorn Town Hall, Council Chamber" },
    { board: "HSCB", date: "2026-04-30", startTime: "10:00", location: "Municipal Building, Widnes, Committee Room 1" },
    { board: "HSCB", date: "2026-06-25", startTime: "10:00", location: "Municipal Building, Widnes, Committee Room 1" },
    { board: "HSCB", date: "2026-09-17", startTime: "10:00", location: "Municipal Building, Widnes, Committee Room 1" },
    { board: "HSCB", date: "2026-11-26", startTime: "10:00", location: "Municipal Building, Widnes, Committee Room 1" },
    { board: "HSCB", date: "2027-01-28", startTime: "10:00", location: "Municipal Building, Widnes, Committee Room 1" },
    { board: "HSCB", date: "2027-03-18", startTime: "10:00", location: "Municipal Building, Widnes, Committee Room 1" },
    { board: "HCT", date: "2026-05-12", startTime: "09:30", location: "Municipal Building, Widnes, Committee Room 2" },
    { board: "HCT", date: "2026-07-14", startTime: "09:30", location: "Municipal Building, Widnes, Committee Room 2" },
    { board: "HCT", date: "2026-09-29", startTime: "09:30", location: "Runcorn Town Hall, Committee Room 3" },
    { board: "HCT", date: "2026-11-10", startTime: "09:30", location: "Municipal Building, Widnes, Committee Room 2" },
    { board: "HCT", date: "2027-01-19", startTime: "09:30", location: "Municipal Building, Widnes, Committee Room 2" },
    { board: "HCT", date: "2027-03-09", startTime: "09:30", location: "Runcorn Town Hall, Committee Room 3" },
  ],
  protocol: {
    key: "halton-hct-hscb-hhwb",
    title:
      "Joint Protocol between Halton Children’s Trust, Halton Safeguarding Children Board & Halton Health & Wellbeing Board",
    version: "1",
    status: "agreed",
    approvedOn: "2013-09-18",
    sourceDocument: "004_09ecf680fe5c083b.txt",
    notes:
      'Appendix A to a report of the Strategic Director Children and Enterprise to the Halton Health and Wellbeing Board dated 18 September 2013; the cover report is not encoded as clauses. Its recommendations were that the Board note the report, agree to sign up to the protocol, and discuss the possibility of initiating 6-monthly meetings of the Chief Executive of Halton Borough Council and the board chairs as described in paragraph 36. Its 3.2 says the arrangements are reviewed "annually as a minimum" or immediately following legislative change. ' +
      'Approval: paragraph 2 says the chairs of HCT, HSCB and HHWB and Halton Council "have formally agreed" the arrangements, but no date of agreement is printed and the three signature lines (Chair of Halton Children\'s Trust, of the Safeguarding Children Board, of the Health & Wellbeing Board) are blank. The protocol is loaded as agreed, approved on 18 September 2013 (the meeting asked to sign up), with no signatory or signing date recorded for any party. Halton Council (1, 2) agreed too but is not a board; its part is encoded on its posts (Chief Executive, Leader, DCS, Lead Member). ' +
      'Reading of the wording: "will", "shall" and present-tense statements of responsibility ("has responsibility for", "is responsible for", "ensures") are read as will; "must" and "statutory responsibility" as must; "should" as should; "may" as may. ' +
      "Not encoded as duties, because they only describe statute, roles or purpose: 1, 3 (partners agreed to continue the Children's Trust), 6, 7, 8 (HCT's purpose; delivering the Children & Young People's Plan is each partner's own responsibility), 15 and 16 (HSCB's statutory role), 18 (encoded as the HSCB's independent chair and a membership rule), 22-25 (HHWB's role) and 37 (the DCS's s.18 responsibility). Where a paragraph states a responsibility and then a concrete duty (13, 14, 21), the responsibility is folded into the duty. " +
      "Overlapping flows are each encoded under their own clause: the HSCB Annual Report is published (20), presented to the HHWB and HCT (33), received by their chairs (35) and presented to the Chief Executive (35); the HSCB receives quarterly the early help report (14), relevant data (31) and the JSNA safeguarding priorities (33). Where one agenda item meets two duties, log it against both. " +
      'Typos kept in the clause text: "HHWBB" (38) means HHWB and "HCSB" (44) means HSCB; "LSCB" (17, 36) means the HSCB. Since 2013 the HSCB has been replaced by a safeguarding children partnership and Halton CCG (26) by NHS Cheshire and Merseyside ICB; the protocol\'s names are kept.',
    parties: [{ board: "HCT" }, { board: "HSCB" }, { board: "HHWB" }],
    // 44-45: issues go first between the boards (a formal response), then "with the Strategic Director
    // Children & Enterprise and ultimately with the Chief Executive if not resolved".
    resolutionRoute: ["Strategic Director, Children & Enterprise", "Chief Executive"],
    clauses: [
      {
        ref: "1",
        heading: "Introduction",
        text: "This document sets out the expectations of the relationship and working arrangements between Halton Council, Halton Children’s Trust (HCT), Halton Safeguarding Children Board (HSCB) and Halton Health and Wellbeing Board (HHWB). It covers their respective roles and functions, membership of the boards, arrangements for challenge, oversight and scrutiny, and performance management.",
      },
      {
        ref: "2",
        heading: "Introduction",
        text: "The chairs of HCT, HSCB and HHWB and Halton Council have formally agreed to the arrangements set out in this document, which will be subject to review annually (from the date of initial agreement) or immediately following legislative change.",
      },
      {
        ref: "3",
        heading: "Background",
        text: "The statutory duty to have a Children’s Trust and for Local Authorities to develop and produce a Children and Young People’s Plan has been removed from statute. Partners in Halton have however agreed to continue with the existing Children’s Trust arrangements.",
      },
      {
        ref: "4",
        heading: "Background",
        text: "Section 11 of the Children Act 2004 places duties on a range of organisations and individuals to ensure their functions, and any services that they contract out to others, are discharged having regard to the need to safeguard and promote the welfare of children. The HSCB ensures that this duty is carried out.",
      },
      {
        ref: "5",
        heading: "Background",
        text: "The Health and Social Care Act 2012 establishes Health and Wellbeing Boards as a forum where key leaders from the health and care system work together to improve the health and wellbeing of their local population and reduce health inequalities. The new Working Together to Safeguard Children: March 2013 places a responsibility on the Director of Public Health to ensure that the needs of vulnerable children are a key part of the Joint Strategic Needs Assessment that is developed by the Health and Wellbeing Board.",
      },
      {
        ref: "6",
        heading: "Background",
        text: "Working Together to Safeguard Children: March 2013 provides guidance on inter-agency working to safeguard and promote the welfare of children.",
      },
      {
        ref: "7",
        heading: "Halton Children’s Trust Arrangements & Responsibilities",
        text: "Halton Children’s Trust (HCT) has a clear and separate identity within the wider co-operation arrangements.",
      },
      {
        ref: "8",
        heading: "Halton Children’s Trust Arrangements & Responsibilities",
        text: "The purpose of HCT is to consult with and bring all partners with a role in improving outcomes for children together to agree a common strategy on how they will co-operate to improve children’s wellbeing and to help embed partnership working in the partners’ routine delivery of their own functions. It also provides a strategic framework within which partners can commission services together. Delivering the strategy, the Halton Children & Young People’s Plan, is the responsibility of the partners, both individually and together. This means each partner’s existing lines of accountability are unchanged, i.e. each partner of Halton Children’s Trust retains its existing formal lines of accountability for delivering its own functions. This avoids any confusion or blurring of lines of accountability.",
      },
      {
        ref: "9",
        heading: "Halton Children’s Trust Arrangements & Responsibilities",
        text: "HCT will take forward the priorities for children and young people within the Health and Wellbeing Strategy (priorities agreed following the Joint Strategic Needs Assessment). HHWB will provide constructive challenge and support to the HCT.",
      },
      {
        ref: "10",
        heading: "Halton Children’s Trust Arrangements & Responsibilities",
        text: "HCT will include an assessment of the effectiveness of all partners, including local government, and partnership arrangements in supporting the best possible standards for safeguarding children within its annual review of the Halton Children & Young People’s Plan. In addition, as part of this review, HCT will advise on workforce development, in particular the safeguarding activity in the delivery of all frontline services.",
      },
      {
        ref: "11",
        heading: "Halton Children’s Trust Arrangements & Responsibilities",
        text: "The HSCB will be formally consulted by the HCT when the Children & Young People’s Plan is being drafted. The consultation phase will be sufficiently long to allow a thorough debate to support the HSCB response to the consultation. The Children & Young People’s Plan will draw on the support and challenge from the HSCB.",
      },
      {
        ref: "12",
        heading: "Halton Children’s Trust Arrangements & Responsibilities",
        text: "HCT will consult with HSCB and relevant partners regarding any proposed commissioning arrangements which are linked to the factors which impact on safeguarding children. These will include issues concerning compromised care, including domestic abuse, parental mental health, alcohol and substance misuse and adult criminality.",
      },
      {
        ref: "13",
        heading: "Halton Children’s Trust Arrangements & Responsibilities",
        text: "HCT has responsibility for performance information concerning early help, commissioning and vulnerable groups, covering Universal Services, Universal Plus and Multi-Agency Planning within the Levels of Need Framework. This information will be shared with HSCB and HHWB as appropriate. The Children’s Trust will also provide challenge to HSCB and HHWB as necessary when scrutinising its performance information.",
      },
      {
        ref: "14",
        heading: "Halton Children’s Trust Arrangements & Responsibilities",
        text: "HCT has responsibility for the delivery and effectiveness of Early Help & Support within Halton. HCT will report on the effectiveness of Early Help and Support within Halton to HSCB on a quarterly basis.",
      },
      {
        ref: "15",
        heading: "Halton Safeguarding Children Board Arrangements & Responsibilities",
        text: "The role of Halton Safeguarding Children Board (HSCB) as set out in Section 14 of the Children Act 2004 is to:\n- Co-ordinate what is done by each agency/partner to safeguard and promote the welfare of children and young people in the area.\n- Ensure the effectiveness of that work.",
      },
      {
        ref: "16",
        heading: "Halton Safeguarding Children Board Arrangements & Responsibilities",
        text: "HSCB is the decision making body for multi-agency safeguarding issues within Halton. It is a statutory partnership and its work is directed by statutory guidance. This guidance dictates the functions to be undertaken by Local Safeguarding Children Boards and the criteria/functions against which they are inspected.",
      },
      {
        ref: "17",
        heading: "Halton Safeguarding Children Board Arrangements & Responsibilities",
        text: "The Director of Children’s Services (DCS) has a statutory responsibility for ensuring that an effective LSCB is in place. It is the responsibility of the Chief Executive (Head of Paid Service) to appoint or remove the HSCB chair with the agreement of a panel including HSCB partners and lay members. The Chief Executive, drawing on other HSCB partners and, where appropriate, the Lead Member for Children’s Services will hold the Chair to account for the effective working of the HSCB",
      },
      {
        ref: "18",
        heading: "Halton Safeguarding Children Board Arrangements & Responsibilities",
        text: "HSCB has an Independent Chair. The Board is supported in discharging its functions through its governance arrangements.",
      },
      {
        ref: "19",
        heading: "Halton Safeguarding Children Board Arrangements & Responsibilities",
        text: "HSCB will inform and, when necessary, challenge commissioning arrangements where issues are identified through the various quality assurance processes such as learning from Serious Case Reviews, the Child Death Overview Panel and multi-agency auditing of practice.",
      },
      {
        ref: "20",
        heading: "Halton Safeguarding Children Board Arrangements & Responsibilities",
        text: "HSCB will publish an Annual Report on the effectiveness of safeguarding locally. This will include an analysis of the contribution and activities of each partner, for keeping children safe, and the robustness and sufficiency of early help provision for children, young people and their families in Halton. This report will provide robust challenge to the work of HCT and HHWB.",
      },
      {
        ref: "21",
        heading: "Halton Safeguarding Children Board Arrangements & Responsibilities",
        text: "HSCB has responsibility for safeguarding performance information, at the Multi-Agency Plan to Protect from Harm level of the Halton Levels of Need Framework and will share this information as appropriate. HSCB will also provide challenge to the Children’s Trust as necessary when scrutinising its performance information.",
      },
      {
        ref: "22",
        heading: "Halton Health & Wellbeing Board Arrangements & Responsibilities",
        text: "Each top tier and unitary authority has its own health and Wellbeing board. Board members collaborate to understand their local community’s needs, agree priorities and encourage commissioners to work in a more joined up way. As a result, patients and the public should experience more joined-up services from the NHS and local councils in the future.",
      },
      {
        ref: "23",
        heading: "Halton Health & Wellbeing Board Arrangements & Responsibilities",
        text: "The boards will help give communities a greater say in understanding and addressing their local health and social care needs. The boards will be expected to ensure that the needs of local people as a whole are taken into account in their work",
      },
      {
        ref: "24",
        heading: "Halton Health & Wellbeing Board Arrangements & Responsibilities",
        text: "Halton Health & Wellbeing Board (HHWB) has strategic influence over commissioning decisions across health, public health and social care.",
      },
      {
        ref: "25",
        heading: "Halton Health & Wellbeing Board Arrangements & Responsibilities",
        text: "HHWB strengthens democratic legitimacy by involving democratically elected representatives and patient representatives in commissioning decisions alongside commissioners across health and social care. HHWB provides a forum for challenge, discussion, and the involvement of local people.",
      },
      {
        ref: "26",
        heading: "Halton Health & Wellbeing Board Arrangements & Responsibilities",
        text: "HHWB brings together Halton Clinical Commissioning Group, Halton Council, health care providers and other interested parties to develop a shared understanding of the health and wellbeing needs of the community. The HHWB takes overall responsibility for assessing local need through the undertaking and maintenance of the Joint Strategic Needs Assessment (JSNA) and for the development and implementation of a Joint Health and Wellbeing Strategy that reflects priorities identified within the JSNA and from local consultation.",
      },
      {
        ref: "27",
        heading: "Halton Health & Wellbeing Board Arrangements & Responsibilities",
        text: "Through undertaking the JSNA, the HHWB will drive local commissioning of health care, social care and public health and create a more effective and responsive local health and care system. Other services that impact on health and wellbeing such as housing and education provision will also be addressed.",
      },
      {
        ref: "28",
        heading: "Shared Responsibilities",
        text: "HSCB will provide constructive challenge to HHWB and HCT to ensure that the commissioning of services is in line with safeguarding practices and is reflected in service level agreements with providers. The HHWB and HCT will work together to develop effective commissioning and will provide constructive challenge.",
      },
      {
        ref: "29",
        heading: "Shared Responsibilities",
        text: "HSCB, HHWB and HCT must have separate identities to ensure there is clarity and transparency within the child protection system. In order to provide effective scrutiny, HSCB should be independent. It should not be subordinate to, nor subsumed within, other local structures.",
      },
      {
        ref: "30",
        heading: "Shared Responsibilities",
        text: "At the same time, the HSCB must be held accountable for its work, and be subject to effective scrutiny. This need to balance the responsibility of the HSCB to challenge HCT and HHWB and its duty to speak independently, with the need for appropriate scrutiny and accountability, is addressed in this Protocol.",
      },
      {
        ref: "31",
        heading: "Shared Responsibilities",
        text: "In order to achieve a co-ordinated and coherent planning and performance management process, the HSCB will receive and consider relevant data quarterly and be fully involved in the development of the Joint Strategic Needs Assessment. HHWB will ensure that the Joint Strategic Needs Assessment takes account of children’s safeguarding issues, including the priorities set out in the HSCB Business Plan.",
      },
      {
        ref: "32",
        heading: "Shared Responsibilities",
        text: "HHWB may request the HCT and/or the HSCB to consider issues for development, action or scrutiny.",
      },
      {
        ref: "33",
        heading: "Shared Responsibilities",
        text: "The HSCB will present its Annual Report to both the HHWB and HCT. The purpose of the report is to provide a rigorous and transparent assessment of the performance and effectiveness of local services. The report will contribute to the development and annual review of both the Children & Young People’s Plan and Joint Health and Wellbeing Strategy. The HHWB and HCT will review the HSCB Strategic Plan, and receive key reports on aspects of safeguarding on a quarterly basis. In return the HHWB and HCT will report on a quarterly basis the priorities of the Joint Strategic Needs Assessment relating to the safeguarding and welfare of children and young people.",
      },
      {
        ref: "34",
        heading:
          "Relationship between the chairs of HSCB, HCT and HHWB and with the Director of Children’s Services (DCS), the Lead Member for Children and the Chief Executive",
        text: "In Working Together to Safeguard Children: March 2013 there is a clear role for the Chief Executive and Lead Member (as identified in the Children Act 2004), in satisfying themselves that the DCS is fulfilling their managerial responsibility for safeguarding and promoting the welfare of children. This relationship and working arrangements are governed by agreements and processes within the local authority and among partners for improving services and outcomes; and that targets for improving safeguarding and progress against them are reported to the Children’s Trust Board and Health and Wellbeing Board. Every year, as part of the HSCB Annual Report and reporting against the Joint Strategic Needs Assessment, the Chief Executive and the Leader of the Council should make an assessment of the effectiveness of local governance and partnership arrangements for improving outcomes for children and supporting the best possible standards for safeguarding children.",
      },
      {
        ref: "35",
        heading:
          "Relationship between the chairs of HSCB, HCT and HHWB and with the Director of Children’s Services (DCS), the Lead Member for Children and the Chief Executive",
        text: "In Halton the chairs of the Children’s Trust Board and Health and Wellbeing Board will receive the annual report of the HSCB. This will set out the achievements of the HSCB against its agreed business plan and work programme priorities and targets, highlighting particular areas of improvement, and particular areas of concern and challenge. This report will be presented to the Chief Executive who will hold the Independent Chair to account.",
      },
      {
        ref: "36",
        heading:
          "Relationship between the chairs of HSCB, HCT and HHWB and with the Director of Children’s Services (DCS), the Lead Member for Children and the Chief Executive",
        text: "In addition, meetings between the Chief Executive, the DCS, the chair of the Health and Wellbeing Board, chair of the Children’s Trust Board and the Independent Chair of HSCB will take place not less than on a 6 monthly basis to ensure co-ordination of work and priorities. There will be an expectation of mutual challenge and accountability. The agenda will cover:\n- Progress against priorities;\n- Any issues of concern in relation to the HSCB, including attendance of members, contribution to work plan and priorities;\n- Any issues of concern about safeguarding arrangements which should be reported to HHWB or HCT, including the contribution of individual agencies;\n- LSCB chair accountabilities for the effectiveness of the LSCB and its delivery of the work programme.",
      },
      {
        ref: "37",
        heading:
          "Relationship between the chairs of HSCB, HCT and HHWB and with the Director of Children’s Services (DCS), the Lead Member for Children and the Chief Executive",
        text: "The Director of Children's Services (DCS) has the responsibility within the local authority, under section 18 of the Children Act 2004, for improving outcomes for children, local authority children's social care functions and local cooperation arrangements for children's services.",
      },
      {
        ref: "38",
        heading:
          "Relationship between the chairs of HSCB, HCT and HHWB and with the Director of Children’s Services (DCS), the Lead Member for Children and the Chief Executive",
        text: "The Department for Education Statutory Guidance on the Roles and Responsibilities of the DCS and the Lead Member for Children’s Services states that the DCS will make a key contribution to ensuring effective working relationships between HHWB and HSCB. The DCS sits on the HHWBB as a statutory member.",
      },
      {
        ref: "39",
        heading:
          "Relationship between the chairs of HSCB, HCT and HHWB and with the Director of Children’s Services (DCS), the Lead Member for Children and the Chief Executive",
        text: "The independent chair of HSCB is responsible for the effective delivery of specific priorities as agreed within the Business Plan, as well as challenging the HHWB and HCT if agencies are not delivering on their safeguarding responsibilities.",
      },
      {
        ref: "40",
        heading: "Membership of HSCB, HCT and HHWB",
        text: "Many organisations will be members of HSCB, HCT and HHWB. However, representation will not necessarily be by the same person. In order to ensure good communication and co-ordinated development, some individual members of HSCB will also be members of the HHWB and HCT. These include:\n- The Strategic Director, Children & Enterprise or representative attends each as representative of children and young people services, and also due to their overall responsibility for ensuring the efficient and effective operation of children and young people partnership working;\n- The Chair of HSCB will also be a member of HCT and will receive regular minutes of meetings and pertinent papers from the HHWB for comment. They are responsible for attending HCT/HHWB meetings to report on key issues arising from HSCB and providing progress reports on key aspects of safeguarding and the delivery of the annual report. They will also be responsible for challenging the HCT and HHWB on issues of safeguarding, as set out in Working Together to Safeguard Children: March 2013;\n- The Lead Member will be an elected representative of the HHWB, will chair HCT, and continue as a participating observer of the HSCB as set out in Working Together to Safeguard Children: March 2013.",
      },
      {
        ref: "41",
        heading: "Membership of HSCB, HCT and HHWB",
        text: "Each will ensure clear lines of communication and will represent the interests of each board at all meetings.",
      },
      {
        ref: "42",
        heading: "Membership of HSCB, HCT and HHWB",
        text: "Other individual members will take part in working groups across the boards as required and agreed between the HCT, HHWB and HSCB chairs, and will ensure safeguarding is securely embedded in all developments, as well as other priority issues such as commissioning and early help as appropriate.",
      },
      {
        ref: "43",
        heading: "Membership of HSCB, HCT and HHWB",
        text: "Working Together to Safeguard Children: March 2013 states that: members (of Local Safeguarding Children Boards) need to be people with a strategic role in relation to safeguarding and promoting the welfare of children within their organisation. For each board, (HSCB, HCT and HHWB) all representatives of organisations should be able to:\n- Speak for their organisation with authority;\n- Commit their organisation to partnership policy and practice matters as appropriate; and\n- Hold their own organisation to account and hold others to account.",
      },
      {
        ref: "44",
        heading: "Resolution Process",
        text: "Each board will request evidence if any issues arise from any aspects of its work. For example, the HCSB will monitor HCT as to its rigour in commissioning or developing safeguarding services, and will call HCT to account should it have evidence that children are not being adequately safeguarded by one or more partners. The resolution would require a formal response/action. Similarly, HCT will hold HSCB to account if necessary over aspects of safeguarding that go beyond early help if it feels HSCB is not providing sufficient support or resource to the issue. This again would require a formal response from the HSCB in order to ensure a resolution.",
      },
      {
        ref: "45",
        heading: "Resolution Process",
        text: "Boards will be open to mutual challenge and will share any unresolved issues with the Strategic Director Children & Enterprise and ultimately with the Chief Executive if not resolved.",
      },
    ],
    obligations: [
      // Introduction
      {
        key: "protocol-annual-review",
        clause: "2",
        kind: "review",
        summary: "Review the protocol annually, counted from the date of initial agreement",
        from: [{ board: "HCT" }, { board: "HSCB" }, { board: "HHWB" }],
        cadence: { frequency: "anniversary", anchorDate: "2013-09-18" },
        modality: "will",
        documents: ["protocol"],
        notes:
          'The date of initial agreement is not printed and the signature lines are blank. The anchor is 18 September 2013, the Health and Wellbeing Board meeting the cover report asked to sign up to the protocol. Read as a joint review by all three boards, whose chairs agreed the protocol (Halton Council, also a signatory, takes part through its officers). The cover report (3.2) says "annually as a minimum".',
      },
      {
        key: "protocol-review-on-legislative-change",
        clause: "2",
        kind: "review",
        summary: "Review the protocol immediately following legislative change",
        from: [{ board: "HCT" }, { board: "HSCB" }, { board: "HHWB" }],
        cadence: {
          frequency: "on-event",
          trigger: "Legislative change affecting the boards or the arrangements in the protocol",
        },
        modality: "will",
        documents: ["protocol"],
        notes:
          '"Immediately" gives no number of days; read as at the next meeting of each board after the change. The text does not say which legislation; read as any change affecting the three boards. The Children and Social Work Act 2017 (safeguarding partnerships) and the Health and Care Act 2022 (ICBs) are such changes.',
      },
      // Background
      {
        key: "hscb-ensures-section-11-duty",
        clause: "4",
        kind: "review",
        summary:
          "Ensure that the organisations and individuals bound by section 11 of the Children Act 2004 discharge their functions, and services they contract out, having regard to the need to safeguard and promote the welfare of children",
        from: [{ board: "HSCB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes:
          'Stated in the background section in the present tense ("The HSCB ensures"); read as a continuing duty of the HSCB, in practice its section 11 audits of partners. No other board is named.',
      },
      {
        key: "dph-vulnerable-children-in-jsna",
        clause: "5",
        kind: "plan",
        summary:
          "The Director of Public Health ensures that the needs of vulnerable children are a key part of the Joint Strategic Needs Assessment developed by the HHWB",
        from: [{ post: "DPH" }],
        to: [{ board: "HHWB" }],
        cadence: { frequency: "standing" },
        modality: "must",
        documents: ["jsna"],
        notes:
          "The protocol cites this as a responsibility placed on the Director of Public Health by Working Together to Safeguard Children (March 2013), statutory guidance; read as must. No timing is stated; it applies whenever the JSNA is developed or refreshed (see 26, 31).",
      },
      // Halton Children's Trust
      {
        key: "hct-takes-forward-hws-priorities",
        clause: "9",
        kind: "plan",
        summary:
          "Take forward the priorities for children and young people within the Health and Wellbeing Strategy (priorities agreed following the JSNA)",
        from: [{ board: "HCT" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["jhws", "jsna", "cypp"],
        notes:
          "The \"Health and Wellbeing Strategy\" is the HHWB's Joint Health and Wellbeing Strategy (26). The Children & Young People's Plan is read as the vehicle (8).",
      },
      {
        key: "hhwb-challenges-and-supports-hct",
        clause: "9",
        kind: "review",
        summary: "Provide constructive challenge and support to the HCT",
        from: [{ board: "HHWB" }],
        to: [{ board: "HCT" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes:
          "No timing or form is stated; read as a continuing duty, exercised through the quarterly reports (33) and requests under 32.",
      },
      {
        key: "cypp-review-safeguarding-assessment",
        clause: "10",
        kind: "review",
        summary:
          "In the annual review of the Halton Children & Young People's Plan, include an assessment of the effectiveness of all partners, including local government, and partnership arrangements in supporting the best possible standards for safeguarding children",
        from: [{ board: "HCT" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["cypp"],
        notes:
          'The annual review of the plan is presupposed ("its annual review"); no month is given, so any time in the year. The plan is no longer statutory (3) but Halton keeps it. The HSCB Annual Report feeds the same review (33, hscb-report-informs-cypp).',
      },
      {
        key: "hct-advises-on-workforce-development",
        clause: "10",
        kind: "other",
        summary:
          "As part of the annual review of the Children & Young People's Plan, advise on workforce development, in particular the safeguarding activity in the delivery of all frontline services",
        from: [{ board: "HCT" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["cypp"],
        notes:
          "Advice to whom is not stated; read as advice to the partners through the plan review, with no recipient board.",
      },
      {
        key: "hct-consults-hscb-on-cypp",
        clause: "11",
        kind: "consultation",
        summary:
          "Formally consult the HSCB when the Children & Young People's Plan is being drafted, with a consultation phase long enough to allow a thorough debate to support the HSCB's response",
        from: [{ board: "HCT" }],
        to: [{ board: "HSCB" }],
        cadence: { frequency: "on-event", trigger: "The Children & Young People's Plan is being drafted" },
        modality: "will",
        documents: ["cypp"],
        notes:
          '"Sufficiently long" sets no number of weeks; read as long enough for the HSCB to debate the draft at one of its meetings.',
      },
      {
        key: "hscb-responds-to-cypp-consultation",
        clause: "11",
        kind: "consultation",
        summary:
          "Respond to the HCT's consultation on the draft Children & Young People's Plan, giving its support and challenge",
        from: [{ board: "HSCB" }],
        to: [{ board: "HCT" }],
        cadence: {
          frequency: "on-event",
          trigger: "The HCT consults the HSCB on the draft Children & Young People's Plan",
        },
        modality: "will",
        documents: ["cypp"],
        comesAfter: "hct-consults-hscb-on-cypp",
        notes:
          'The text presupposes "the HSCB response to the consultation" rather than stating it as a duty; read as will.',
      },
      {
        key: "cypp-draws-on-hscb",
        clause: "11",
        kind: "plan",
        summary: "Draw on the support and challenge from the HSCB in the Children & Young People's Plan",
        from: [{ board: "HCT" }],
        cadence: {
          frequency: "on-event",
          trigger: "The HSCB has responded to the consultation on the draft Children & Young People's Plan",
        },
        modality: "will",
        documents: ["cypp"],
        comesAfter: "hscb-responds-to-cypp-consultation",
      },
      {
        key: "hct-consults-hscb-on-commissioning",
        clause: "12",
        kind: "consultation",
        summary:
          "Consult the HSCB and relevant partners on any proposed commissioning arrangements linked to the factors which impact on safeguarding children, including compromised care: domestic abuse, parental mental health, alcohol and substance misuse and adult criminality",
        from: [{ board: "HCT" }],
        to: [{ board: "HSCB" }],
        cadence: {
          frequency: "on-event",
          trigger:
            "The HCT proposes commissioning arrangements linked to factors which impact on safeguarding children",
        },
        modality: "will",
        documents: ["commissioning-plan"],
        notes:
          '"Relevant partners" are not boards and are not recipients here; the consultation of the HSCB is the duty tracked.',
      },
      {
        key: "hct-shares-performance-information",
        clause: "13",
        kind: "information-sharing",
        summary:
          "Share with the HSCB and HHWB, as appropriate, the performance information HCT holds on early help, commissioning and vulnerable groups (Universal Services, Universal Plus and Multi-Agency Planning within the Levels of Need Framework)",
        from: [{ board: "HCT" }],
        to: [{ board: "HSCB" }, { board: "HHWB" }],
        cadence: {
          frequency: "as-needed",
          trigger: 'HCT performance information is relevant to the HSCB or HHWB ("as appropriate")',
        },
        modality: "will",
        documents: ["performance-data"],
        notes:
          '"As appropriate" gives no cadence, so this is an as-needed duty with no dated items. The dated flows of performance information are the quarterly early help report (14), the quarterly data to the HSCB (31) and the quarterly JSNA priorities (33). HCT\'s "responsibility for performance information" in the same paragraph is folded into this duty.',
      },
      {
        key: "hct-challenges-on-performance",
        clause: "13",
        kind: "escalation",
        summary:
          "Provide challenge to the HSCB and HHWB, as necessary, when scrutinising HCT's performance information",
        from: [{ board: "HCT" }],
        to: [{ board: "HSCB" }, { board: "HHWB" }],
        cadence: {
          frequency: "as-needed",
          trigger: "HCT's scrutiny of its performance information shows challenge is necessary",
        },
        modality: "will",
        notes: '"Its performance information" is read as HCT\'s own (the information named earlier in the paragraph).',
      },
      {
        key: "hct-early-help-report-quarterly",
        clause: "14",
        kind: "report",
        summary: "Report to the HSCB each quarter on the effectiveness of Early Help and Support within Halton",
        from: [{ board: "HCT" }],
        to: [{ board: "HSCB" }],
        cadence: { frequency: "quarterly" },
        modality: "will",
        documents: ["early-help-report"],
        notes:
          'Quarters are those of the financial year (April-June, July-September, October-December, January-March). HCT\'s "responsibility for the delivery and effectiveness of Early Help & Support" in the same paragraph is folded into this duty.',
      },
      // Halton Safeguarding Children Board
      {
        key: "dcs-ensures-effective-hscb",
        clause: "17",
        kind: "other",
        summary: "The Director of Children's Services ensures that an effective LSCB (the HSCB) is in place",
        from: [{ post: "DCS" }],
        to: [{ board: "HSCB" }],
        cadence: { frequency: "standing" },
        modality: "must",
        notes: 'A "statutory responsibility"; read as must. "LSCB" means the HSCB.',
      },
      {
        key: "chief-exec-appoints-hscb-chair",
        clause: "17",
        kind: "other",
        summary:
          "The Chief Executive (Head of Paid Service) appoints or removes the HSCB chair, with the agreement of a panel including HSCB partners and lay members",
        from: [{ post: "CHIEF-EXEC" }],
        to: [{ board: "HSCB" }],
        cadence: { frequency: "on-event", trigger: "The HSCB chair is to be appointed or removed" },
        modality: "will",
        notes:
          '"It is the responsibility of"; read as will. The panel is not a board; its agreement is part of the duty.',
      },
      {
        key: "chief-exec-holds-hscb-chair-to-account",
        clause: "17",
        kind: "review",
        summary:
          "The Chief Executive, drawing on other HSCB partners and, where appropriate, the Lead Member for Children's Services, holds the HSCB chair to account for the effective working of the HSCB",
        from: [{ post: "CHIEF-EXEC" }],
        to: [{ post: "HSCB-CHAIR" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes:
          'The Lead Member takes part only "where appropriate", so is not a party owing the duty. The yearly occasion is the Annual Report presented to the Chief Executive (35, chief-exec-holds-chair-to-account-annually).',
      },
      {
        key: "hscb-informs-commissioning",
        clause: "19",
        kind: "information-sharing",
        summary:
          "Inform commissioning arrangements where issues are identified through quality assurance processes such as learning from Serious Case Reviews, the Child Death Overview Panel and multi-agency auditing of practice",
        from: [{ board: "HSCB" }],
        to: [{ board: "HCT" }, { board: "HHWB" }],
        cadence: {
          frequency: "as-needed",
          trigger:
            "Quality assurance (Serious Case Reviews, Child Death Overview Panel, multi-agency audit) identifies issues for commissioning",
        },
        modality: "will",
        documents: ["commissioning-plan"],
        notes:
          "The text names no commissioner; read as the HCT (framework for joint commissioning, 8, 12) and the HHWB (strategic influence over commissioning, 24), as in 28. Serious Case Reviews are now Child Safeguarding Practice Reviews.",
      },
      {
        key: "hscb-challenges-commissioning",
        clause: "19",
        kind: "escalation",
        summary:
          "When necessary, challenge commissioning arrangements where issues are identified through quality assurance processes",
        from: [{ board: "HSCB" }],
        to: [{ board: "HCT" }, { board: "HHWB" }],
        cadence: {
          frequency: "as-needed",
          trigger: "Issues identified through quality assurance make challenge to commissioning arrangements necessary",
        },
        modality: "will",
        documents: ["commissioning-plan"],
        notes: "Recipients read as in hscb-informs-commissioning.",
      },
      {
        key: "hscb-publishes-annual-report",
        clause: "20",
        kind: "report",
        summary:
          "Publish an Annual Report on the effectiveness of safeguarding locally, analysing each partner's contribution and activities for keeping children safe and the robustness and sufficiency of early help provision, and giving robust challenge to the work of HCT and HHWB",
        from: [{ board: "HSCB" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["annual-report"],
        notes:
          "No month is given. Publication is to the public; the presentations to the HHWB, HCT, their chairs and the Chief Executive are separate duties (33, 35) that follow it.",
      },
      {
        key: "hscb-shares-safeguarding-performance",
        clause: "21",
        kind: "information-sharing",
        summary:
          "Share, as appropriate, the safeguarding performance information HSCB holds at the Multi-Agency Plan to Protect from Harm level of the Halton Levels of Need Framework",
        from: [{ board: "HSCB" }],
        to: [{ board: "HCT" }, { board: "HHWB" }],
        cadence: {
          frequency: "as-needed",
          trigger: 'HSCB safeguarding performance information is relevant to another board ("as appropriate")',
        },
        modality: "will",
        documents: ["performance-data"],
        notes:
          'Neither cadence nor recipient is printed; recipients read as the HCT and HHWB by analogy with 13. The quarterly key reports (33) are the dated flow. HSCB\'s "responsibility for safeguarding performance information" is folded into this duty.',
      },
      {
        key: "hscb-challenges-hct-on-performance",
        clause: "21",
        kind: "escalation",
        summary:
          "Provide challenge to the Children's Trust, as necessary, when scrutinising its performance information",
        from: [{ board: "HSCB" }],
        to: [{ board: "HCT" }],
        cadence: {
          frequency: "as-needed",
          trigger:
            "The HSCB's scrutiny of performance information shows challenge to the Children's Trust is necessary",
        },
        modality: "will",
        notes:
          "\"Its performance information\" may mean the HSCB's own or the Trust's (13); either way the challenge goes to the Children's Trust.",
      },
      // Halton Health & Wellbeing Board
      {
        key: "hhwb-maintains-jsna",
        clause: "26",
        kind: "plan",
        summary:
          "Take overall responsibility for assessing local need by undertaking and maintaining the Joint Strategic Needs Assessment",
        from: [{ board: "HHWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["jsna"],
        notes:
          'Present tense ("takes overall responsibility"); read as will. Encoded because the JSNA duties in 5, 31 and 33 depend on it; 22-25 describe the board\'s role and are not encoded.',
      },
      {
        key: "hhwb-develops-jhws",
        clause: "26",
        kind: "plan",
        summary:
          "Develop and implement a Joint Health and Wellbeing Strategy that reflects the priorities identified within the JSNA and from local consultation",
        from: [{ board: "HHWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["jhws", "jsna"],
        comesAfter: "hhwb-maintains-jsna",
      },
      {
        key: "hhwb-drives-commissioning-through-jsna",
        clause: "27",
        kind: "plan",
        summary:
          "Through undertaking the JSNA, drive local commissioning of health care, social care and public health, also addressing other services that impact on health and wellbeing such as housing and education",
        from: [{ board: "HHWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["jsna", "commissioning-plan"],
        comesAfter: "hhwb-maintains-jsna",
        notes:
          'Largely a statement of the board\'s role, but worded as "will"; encoded as a continuing duty so that nothing the HHWB owes about the JSNA is left out.',
      },
      // Shared responsibilities
      {
        key: "hscb-challenges-commissioning-practice",
        clause: "28",
        kind: "review",
        summary:
          "Provide constructive challenge to the HHWB and HCT to ensure that the commissioning of services is in line with safeguarding practices and is reflected in service level agreements with providers",
        from: [{ board: "HSCB" }],
        to: [{ board: "HHWB" }, { board: "HCT" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["commissioning-plan"],
      },
      {
        key: "hhwb-hct-develop-commissioning",
        clause: "28",
        kind: "plan",
        summary: "Work together to develop effective commissioning",
        from: [{ board: "HHWB" }, { board: "HCT" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["commissioning-plan"],
      },
      {
        key: "hhwb-hct-constructive-challenge",
        clause: "28",
        kind: "review",
        summary: "Provide constructive challenge to each other on commissioning",
        from: [{ board: "HHWB" }, { board: "HCT" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes:
          "The text does not say to whom the HHWB and HCT give constructive challenge; read as to each other, on the commissioning they develop together. The HHWB's challenge to HCT is also in 9.",
      },
      {
        key: "boards-keep-separate-identities",
        clause: "29",
        kind: "other",
        summary: "Keep separate identities, to ensure clarity and transparency within the child protection system",
        from: [{ board: "HSCB" }, { board: "HHWB" }, { board: "HCT" }],
        cadence: { frequency: "standing" },
        modality: "must",
      },
      {
        key: "hscb-independent",
        clause: "29",
        kind: "other",
        summary:
          "To provide effective scrutiny, the HSCB is independent: not subordinate to, nor subsumed within, other local structures",
        from: [{ board: "HSCB" }],
        cadence: { frequency: "standing" },
        modality: "should",
        notes:
          "Owed by the HSCB; the other boards' part (not absorbing it) is covered by boards-keep-separate-identities.",
      },
      {
        key: "hscb-held-accountable",
        clause: "30",
        kind: "review",
        summary:
          "The HSCB is held accountable for its work and is subject to effective scrutiny, balanced with its duty to challenge HCT and HHWB and to speak independently",
        from: [{ board: "HSCB" }],
        cadence: { frequency: "standing" },
        modality: "must",
        notes:
          'The paragraph says the balance "is addressed in this Protocol" without naming who scrutinises; the mechanisms are the Chief Executive holding the chair to account (17, 35) and the six-monthly meetings (36).',
      },
      {
        key: "hscb-receives-data-quarterly",
        clause: "31",
        kind: "information-sharing",
        summary:
          "The HSCB receives and considers relevant data each quarter, for a co-ordinated and coherent planning and performance management process",
        from: [{ board: "HHWB" }, { board: "HCT" }],
        to: [{ board: "HSCB" }],
        cadence: { frequency: "quarterly" },
        modality: "will",
        documents: ["performance-data"],
        notes:
          "The text names no sender and does not say which data. Read as data from the HHWB and HCT, the other parties, in line with 13 and 33; one item per quarter at the HSCB, which considers it. May be met by the same papers as 14 and 33.",
      },
      {
        key: "hscb-involved-in-jsna",
        clause: "31",
        kind: "consultation",
        summary: "Involve the HSCB fully in the development of the Joint Strategic Needs Assessment",
        from: [{ board: "HHWB" }],
        to: [{ board: "HSCB" }],
        cadence: {
          frequency: "on-event",
          trigger: "The HHWB develops or refreshes the Joint Strategic Needs Assessment",
        },
        modality: "will",
        documents: ["jsna"],
        notes:
          'Worded as the HSCB "will ... be fully involved"; read as owed by the HHWB, which develops the JSNA (26), to the HSCB. No refresh date is stated.',
      },
      {
        key: "jsna-reflects-safeguarding",
        clause: "31",
        kind: "plan",
        summary:
          "Ensure that the Joint Strategic Needs Assessment takes account of children's safeguarding issues, including the priorities set out in the HSCB Business Plan",
        from: [{ board: "HHWB" }],
        cadence: {
          frequency: "on-event",
          trigger: "The HHWB develops or refreshes the Joint Strategic Needs Assessment",
        },
        modality: "will",
        documents: ["jsna", "business-plan"],
        comesAfter: "hscb-involved-in-jsna",
      },
      {
        key: "hhwb-requests-consideration",
        clause: "32",
        kind: "escalation",
        summary: "The HHWB may request the HCT and/or the HSCB to consider issues for development, action or scrutiny",
        from: [{ board: "HHWB" }],
        to: [{ board: "HCT" }, { board: "HSCB" }],
        cadence: {
          frequency: "as-needed",
          trigger: "The HHWB identifies an issue for development, action or scrutiny by the HCT and/or the HSCB",
        },
        modality: "may",
        notes: '"And/or": a request may go to either board or both; logged against each board it goes to.',
      },
      {
        key: "hscb-annual-report-to-hhwb-hct",
        clause: "33",
        kind: "report",
        summary:
          "Present the HSCB Annual Report, a rigorous and transparent assessment of the performance and effectiveness of local services, to both the HHWB and the HCT",
        from: [{ board: "HSCB" }],
        to: [{ board: "HHWB" }, { board: "HCT" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["annual-report"],
        comesAfter: "hscb-publishes-annual-report",
        notes: "Two calendar items, one per receiving board. No month is given.",
      },
      {
        key: "hscb-report-informs-cypp",
        clause: "33",
        kind: "plan",
        summary:
          "Use the HSCB Annual Report in the development and annual review of the Children & Young People's Plan",
        from: [{ board: "HCT" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["annual-report", "cypp"],
        comesAfter: "hscb-annual-report-to-hhwb-hct",
        notes:
          'Worded as "the report will contribute to"; read as a duty of the HCT, which owns the plan. The same annual review carries the safeguarding assessment of 10.',
      },
      {
        key: "hscb-report-informs-jhws",
        clause: "33",
        kind: "plan",
        summary:
          "Use the HSCB Annual Report in the development and annual review of the Joint Health and Wellbeing Strategy",
        from: [{ board: "HHWB" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["annual-report", "jhws"],
        comesAfter: "hscb-annual-report-to-hhwb-hct",
        notes:
          'Worded as "the report will contribute to"; read as a duty of the HHWB, which owns the strategy (26). This is the only place the protocol implies an annual review of the strategy.',
      },
      {
        key: "review-hscb-strategic-plan",
        clause: "33",
        kind: "review",
        summary: "Review the HSCB Strategic Plan",
        from: [{ board: "HHWB" }, { board: "HCT" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["strategic-plan"],
        notes:
          '"On a quarterly basis" in the same sentence is read as qualifying only "receive key reports"; a strategic plan is reviewed once a year. Each board reviews it at one of its own meetings. The protocol elsewhere speaks of the HSCB Business Plan (31, 35, 39); the Strategic Plan may be the same document, but the name is kept as printed.',
      },
      {
        key: "hscb-key-reports-quarterly",
        clause: "33",
        kind: "report",
        summary: "Report each quarter to the HHWB and the HCT on key aspects of safeguarding",
        from: [{ board: "HSCB" }],
        to: [{ board: "HHWB" }, { board: "HCT" }],
        cadence: { frequency: "quarterly" },
        modality: "will",
        notes:
          'Worded as the HHWB and HCT "receive"; the sender is the HSCB. Read as the progress reports the Chair of HSCB brings to HCT/HHWB meetings under 40. Two items per quarter, one per board.',
      },
      {
        key: "jsna-safeguarding-priorities-quarterly",
        clause: "33",
        kind: "report",
        summary:
          "Report each quarter to the HSCB on the priorities of the Joint Strategic Needs Assessment relating to the safeguarding and welfare of children and young people",
        from: [{ board: "HHWB" }, { board: "HCT" }],
        to: [{ board: "HSCB" }],
        cadence: { frequency: "quarterly" },
        modality: "will",
        documents: ["jsna"],
        notes:
          '"In return" for the HSCB\'s quarterly reports. Read as one joint report by the HHWB and HCT: the JSNA priorities are one set, owned by the HHWB (26) and taken forward for children by the HCT (9), so the HSCB gets one item a quarter. If the boards report separately, both papers are evidence for the same item.',
      },
      // Relationship between the chairs, the DCS, the Lead Member and the Chief Executive
      {
        key: "chief-exec-lead-member-oversee-dcs",
        clause: "34",
        kind: "review",
        summary:
          "The Chief Executive and the Lead Member satisfy themselves that the DCS is fulfilling their managerial responsibility for safeguarding and promoting the welfare of children",
        from: [{ post: "CHIEF-EXEC" }, { post: "LEAD-MEMBER-CHILDREN" }],
        to: [{ post: "DCS" }],
        cadence: { frequency: "standing" },
        modality: "should",
        notes:
          'Stated as "a clear role" under Working Together 2013, not as will; read as should. "Lead Member" is the Lead Member for Children\'s Services (17, 38).',
      },
      {
        key: "safeguarding-targets-reported",
        clause: "34",
        kind: "report",
        summary:
          "Report targets for improving safeguarding, and progress against them, to the Children's Trust Board and the Health and Wellbeing Board",
        from: [{ post: "DCS" }],
        to: [{ board: "HCT" }, { board: "HHWB" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["performance-data"],
        notes:
          "The sentence names neither the reporter nor a cadence. Read as the DCS reporting for the local authority, once a year alongside the yearly assessment in the same paragraph; the quarterly reports of 33 may carry progress in between.",
      },
      {
        key: "annual-governance-assessment",
        clause: "34",
        kind: "review",
        summary:
          "Every year, as part of the HSCB Annual Report and reporting against the JSNA, the Chief Executive and the Leader of the Council assess the effectiveness of local governance and partnership arrangements for improving outcomes for children and supporting the best possible standards for safeguarding children",
        from: [{ post: "CHIEF-EXEC" }, { post: "LEADER" }],
        cadence: { frequency: "annual", window: null },
        modality: "should",
        documents: ["annual-report", "jsna"],
        comesAfter: "hscb-annual-report-to-chief-exec",
        notes:
          "No recipient is named; the assessment forms part of the Annual Report and JSNA reporting. Placed after the Annual Report reaches the Chief Executive (35).",
      },
      {
        key: "hscb-annual-report-to-chairs",
        clause: "35",
        kind: "report",
        summary:
          "The chairs of the Children's Trust Board and the Health and Wellbeing Board receive the HSCB Annual Report, setting out the HSCB's achievements against its business plan and work programme priorities and targets, areas of improvement and areas of concern and challenge",
        from: [{ board: "HSCB" }],
        to: [{ post: "HCT-CHAIR" }, { post: "HHWB-CHAIR" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["annual-report", "business-plan"],
        comesAfter: "hscb-publishes-annual-report",
        notes:
          "Overlaps with the presentation to the boards (33); kept separate because 35 names the chairs. Two items, one per chair.",
      },
      {
        key: "hscb-annual-report-to-chief-exec",
        clause: "35",
        kind: "report",
        summary: "Present the HSCB Annual Report to the Chief Executive",
        from: [{ board: "HSCB" }],
        to: [{ post: "CHIEF-EXEC" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["annual-report"],
        comesAfter: "hscb-publishes-annual-report",
        notes:
          'Passive in the text ("will be presented"); read as presented by the HSCB through its Independent Chair.',
      },
      {
        key: "chief-exec-holds-chair-to-account-annually",
        clause: "35",
        kind: "review",
        summary: "On the Annual Report, the Chief Executive holds the Independent Chair of the HSCB to account",
        from: [{ post: "CHIEF-EXEC" }],
        to: [{ post: "HSCB-CHAIR" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["annual-report"],
        comesAfter: "hscb-annual-report-to-chief-exec",
        notes: "The yearly occasion of the standing duty in 17.",
      },
      {
        key: "six-monthly-leadership-meeting",
        clause: "36",
        kind: "meeting",
        summary:
          "Meet at least every six months (Chief Executive, DCS, chair of the HHWB, chair of the HCT and Independent Chair of the HSCB) to co-ordinate work and priorities, with mutual challenge and accountability; the agenda covers progress against priorities, concerns about the HSCB (attendance, contribution to work plan and priorities), safeguarding concerns to report to HHWB or HCT, and the LSCB chair's accountabilities",
        from: [
          { post: "CHIEF-EXEC" },
          { post: "DCS" },
          { post: "HHWB-CHAIR" },
          { post: "HCT-CHAIR" },
          { post: "HSCB-CHAIR" },
        ],
        cadence: { frequency: "six-monthly" },
        modality: "will",
        documents: ["business-plan"],
        notes:
          '"Not less than on a 6 monthly basis" is read as at least every six months. The cover report (recommendation 3) asked the HWB only to "discuss the possibility of initiating" these meetings, so they were not yet in place in 2013. The meeting is owed jointly by the five post holders and has no receiving board. "LSCB chair" in the last agenda item is the Independent Chair of the HSCB; the "work plan" and "work programme" are read as the HSCB Business Plan.',
      },
      {
        key: "meeting-concerns-reported-to-boards",
        clause: "36",
        kind: "report",
        summary:
          "Report to the HHWB or the HCT any issues of concern about safeguarding arrangements raised at the six-monthly meeting, including the contribution of individual agencies",
        from: [{ post: "HHWB-CHAIR" }, { post: "HCT-CHAIR" }, { post: "HSCB-CHAIR" }],
        to: [{ board: "HHWB" }, { board: "HCT" }],
        cadence: {
          frequency: "as-needed",
          trigger:
            "The six-monthly meeting identifies safeguarding concerns which should be reported to the HHWB or HCT",
        },
        modality: "should",
        comesAfter: "six-monthly-leadership-meeting",
        notes:
          'An agenda item ("which should be reported to HHWB or HCT"), so should. The text names no reporter; read as the chairs at the meeting, each bringing concerns to the board concerned (the HHWB and HCT chairs to their own boards, the Independent Chair as under 40).',
      },
      {
        key: "dcs-hhwb-hscb-relationships",
        clause: "38",
        kind: "other",
        summary:
          "The DCS makes a key contribution to ensuring effective working relationships between the HHWB and the HSCB",
        from: [{ post: "DCS" }],
        to: [{ board: "HHWB" }, { board: "HSCB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes:
          "Cited from the Department for Education statutory guidance on the roles of the DCS and Lead Member. The DCS's HHWB seat in the same paragraph is a membership rule.",
      },
      {
        key: "hscb-chair-delivers-business-plan",
        clause: "39",
        kind: "plan",
        summary:
          "The Independent Chair of the HSCB is responsible for the effective delivery of the specific priorities agreed within the Business Plan",
        from: [{ post: "HSCB-CHAIR" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["business-plan"],
      },
      {
        key: "hscb-chair-challenges-delivery",
        clause: "39",
        kind: "escalation",
        summary:
          "The Independent Chair of the HSCB challenges the HHWB and HCT if agencies are not delivering on their safeguarding responsibilities",
        from: [{ post: "HSCB-CHAIR" }],
        to: [{ board: "HHWB" }, { board: "HCT" }],
        cadence: {
          frequency: "as-needed",
          trigger: "Agencies are not delivering on their safeguarding responsibilities",
        },
        modality: "will",
        notes:
          "Overlaps with the challenge in 40 (hscb-chair-challenges-on-safeguarding); 39 is triggered by agencies' non-delivery, 40 covers safeguarding issues generally.",
      },
      // Membership
      {
        key: "hhwb-papers-to-hscb-chair",
        clause: "40",
        kind: "information-sharing",
        summary: "Send the Chair of HSCB regular minutes of HHWB meetings and pertinent papers, for comment",
        from: [{ board: "HHWB" }],
        to: [{ post: "HSCB-CHAIR" }],
        cadence: { frequency: "after-every-meeting", afterMeetingsOf: "HHWB" },
        modality: "will",
        documents: ["minutes"],
        notes:
          'Worded as the Chair "will receive regular minutes of meetings and pertinent papers from the HHWB". "Regular" is read as after every HHWB meeting (default 14 days); pertinent papers may also go before a meeting. The Chair of HSCB is a member of HCT, so receives HCT papers anyway. Comment by the Chair is invited, not required, so no separate duty is encoded for it.',
      },
      {
        key: "hscb-chair-reports-at-hct-hhwb",
        clause: "40",
        kind: "attendance",
        summary:
          "The Chair of HSCB attends HCT and HHWB meetings to report on key issues arising from the HSCB and to give progress reports on key aspects of safeguarding and the delivery of the annual report",
        from: [{ post: "HSCB-CHAIR" }],
        to: [{ board: "HCT" }, { board: "HHWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["annual-report"],
        notes:
          'No frequency is printed ("responsible for attending HCT/HHWB meetings"). Encoded as a standing duty rather than after-every-meeting or a minimum per year: the Chair sits on HCT (so attends its meetings as a member), and the dated reporting is the HSCB\'s quarterly key reports to both boards (33, hscb-key-reports-quarterly), which this attendance delivers. Encoding a count here as well would double the calendar items.',
      },
      {
        key: "hscb-chair-challenges-on-safeguarding",
        clause: "40",
        kind: "escalation",
        summary:
          "The Chair of HSCB challenges the HCT and HHWB on issues of safeguarding, as set out in Working Together to Safeguard Children: March 2013",
        from: [{ post: "HSCB-CHAIR" }],
        to: [{ board: "HCT" }, { board: "HHWB" }],
        cadence: { frequency: "as-needed", trigger: "A safeguarding issue needs challenge to the HCT or HHWB" },
        modality: "will",
      },
      {
        key: "cross-members-communicate",
        clause: "41",
        kind: "information-sharing",
        summary: "The members who sit on more than one board ensure clear lines of communication between the boards",
        from: [{ post: "DCS" }, { post: "HSCB-CHAIR" }, { post: "LEAD-MEMBER-CHILDREN" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes:
          '"Each" is read as the three cross-board members listed in 40: the Strategic Director, Children & Enterprise (DCS), the Chair of HSCB and the Lead Member.',
      },
      {
        key: "cross-members-represent-boards",
        clause: "41",
        kind: "attendance",
        summary: "The members who sit on more than one board represent the interests of each board at all meetings",
        from: [{ post: "DCS" }, { post: "HSCB-CHAIR" }, { post: "LEAD-MEMBER-CHILDREN" }],
        to: [{ board: "HCT" }, { board: "HSCB" }, { board: "HHWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes: '"Each" read as in cross-members-communicate.',
      },
      {
        key: "cross-board-working-groups",
        clause: "42",
        kind: "other",
        summary:
          "Other individual members take part in working groups across the boards as required and as agreed between the HCT, HHWB and HSCB chairs",
        from: [{ board: "HCT" }, { board: "HHWB" }, { board: "HSCB" }],
        cadence: {
          frequency: "as-needed",
          trigger: "The HCT, HHWB and HSCB chairs agree that a cross-board working group is required",
        },
        modality: "will",
        notes: "Owed by the boards' other members; encoded on the boards because members are not posts.",
      },
      {
        key: "embed-safeguarding",
        clause: "42",
        kind: "other",
        summary:
          "Members taking part across the boards ensure safeguarding is securely embedded in all developments, as well as other priority issues such as commissioning and early help as appropriate",
        from: [{ board: "HCT" }, { board: "HHWB" }, { board: "HSCB" }],
        cadence: { frequency: "standing" },
        modality: "will",
      },
      {
        key: "representatives-have-authority",
        clause: "43",
        kind: "membership",
        summary:
          "Each board's organisational representatives are able to speak for their organisation with authority, commit it to partnership policy and practice matters as appropriate, and hold their own organisation and others to account",
        from: [{ board: "HSCB" }, { board: "HCT" }, { board: "HHWB" }],
        cadence: { frequency: "standing" },
        modality: "should",
        notes:
          "Working Together 2013 states this for LSCB members; the protocol applies it to all three boards. A requirement on who boards accept as representatives, not on a named post, so it is not a membership rule.",
      },
      // Resolution process
      {
        key: "boards-request-evidence",
        clause: "44",
        kind: "escalation",
        summary: "Each board requests evidence if any issues arise from any aspect of its work",
        from: [{ board: "HCT" }, { board: "HSCB" }, { board: "HHWB" }],
        cadence: { frequency: "as-needed", trigger: "An issue arises from any aspect of a board's work" },
        modality: "will",
        notes:
          "The request goes to whichever board or partner the issue concerns, so no recipient is fixed. First step of the resolution process; 45 follows if unresolved.",
      },
      {
        key: "hscb-monitors-hct",
        clause: "44",
        kind: "review",
        summary: "The HSCB monitors the HCT as to its rigour in commissioning or developing safeguarding services",
        from: [{ board: "HSCB" }],
        to: [{ board: "HCT" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes: 'The text prints "HCSB"; read as HSCB. Given as an example of 44\'s first sentence.',
      },
      {
        key: "hscb-calls-hct-to-account",
        clause: "44",
        kind: "escalation",
        summary:
          "The HSCB calls the HCT to account should it have evidence that children are not being adequately safeguarded by one or more partners",
        from: [{ board: "HSCB" }],
        to: [{ board: "HCT" }],
        cadence: {
          frequency: "as-needed",
          trigger: "The HSCB has evidence that children are not being adequately safeguarded by one or more partners",
        },
        modality: "will",
        comesAfter: "boards-request-evidence",
        notes: '"HCSB" in the text read as HSCB.',
      },
      {
        key: "hct-formal-response",
        clause: "44",
        kind: "report",
        summary: "Give a formal response/action to the HSCB when it calls the HCT to account, to reach a resolution",
        from: [{ board: "HCT" }],
        to: [{ board: "HSCB" }],
        cadence: { frequency: "on-event", trigger: "The HSCB calls the HCT to account" },
        modality: "must",
        comesAfter: "hscb-calls-hct-to-account",
        notes:
          '"The resolution would require a formal response/action"; read as a requirement (must) on the HCT. No deadline is stated.',
      },
      {
        key: "hct-holds-hscb-to-account",
        clause: "44",
        kind: "escalation",
        summary:
          "The HCT holds the HSCB to account, if necessary, over aspects of safeguarding beyond early help if it feels the HSCB is not providing sufficient support or resource to the issue",
        from: [{ board: "HCT" }],
        to: [{ board: "HSCB" }],
        cadence: {
          frequency: "as-needed",
          trigger:
            "The HCT feels the HSCB is not providing sufficient support or resource to an aspect of safeguarding beyond early help",
        },
        modality: "will",
        comesAfter: "boards-request-evidence",
      },
      {
        key: "hscb-formal-response",
        clause: "44",
        kind: "report",
        summary: "Give a formal response to the HCT when it holds the HSCB to account, to ensure a resolution",
        from: [{ board: "HSCB" }],
        to: [{ board: "HCT" }],
        cadence: { frequency: "on-event", trigger: "The HCT holds the HSCB to account" },
        modality: "must",
        comesAfter: "hct-holds-hscb-to-account",
        notes: '"This again would require a formal response from the HSCB"; read as must. No deadline is stated.',
      },
      {
        key: "open-to-mutual-challenge",
        clause: "45",
        kind: "other",
        summary: "Be open to mutual challenge",
        from: [{ board: "HCT" }, { board: "HSCB" }, { board: "HHWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
      },
      {
        key: "escalate-to-strategic-director",
        clause: "45",
        kind: "escalation",
        summary: "Share any unresolved issues with the Strategic Director Children & Enterprise",
        from: [{ board: "HCT" }, { board: "HSCB" }, { board: "HHWB" }],
        to: [{ post: "DCS" }],
        cadence: {
          frequency: "as-needed",
          trigger: "An issue between the boards remains unresolved after the resolution process in 44",
        },
        modality: "will",
        comesAfter: "boards-request-evidence",
        notes:
          'In Halton the Strategic Director, Children & Enterprise is the Director of Children\'s Services (post DCS). "Unresolved" is read as not resolved by the evidence, calling to account and formal responses of 44.',
      },
      {
        key: "escalate-to-chief-executive",
        clause: "45",
        kind: "escalation",
        summary: "Share issues still not resolved, ultimately, with the Chief Executive",
        from: [{ board: "HCT" }, { board: "HSCB" }, { board: "HHWB" }],
        to: [{ post: "CHIEF-EXEC" }],
        cadence: {
          frequency: "as-needed",
          trigger: "An issue shared with the Strategic Director Children & Enterprise is still not resolved",
        },
        modality: "will",
        comesAfter: "escalate-to-strategic-director",
      },
    ],
    membershipRules: [
      {
        key: "hscb-independent-chair",
        clause: "18",
        summary: "The HSCB has an Independent Chair",
        subject: { post: "HSCB-CHAIR" },
        board: "HSCB",
        capacity: "chair",
        modality: "will",
        notes:
          'Present tense ("HSCB has an Independent Chair"); read as will. Appointed by the Chief Executive with a panel (17).',
      },
      {
        key: "dcs-statutory-member-hhwb",
        clause: "38",
        summary: "The DCS sits on the HHWB as a statutory member",
        subject: { post: "DCS" },
        board: "HHWB",
        capacity: "statutory-member",
        modality: "must",
        notes:
          '"HHWBB" in the text means HHWB. The DCS is a statutory member of a Health and Wellbeing Board under s.194(2) of the Health and Social Care Act 2012; read as must.',
      },
      {
        key: "strategic-director-attends-hscb",
        clause: "40",
        summary: "The Strategic Director, Children & Enterprise (or representative) attends the HSCB",
        subject: { post: "DCS" },
        board: "HSCB",
        modality: "will",
        notes:
          "In Halton the Strategic Director, Children & Enterprise is the Director of Children's Services, so the post is DCS. \"Or representative\": a deputy may attend in their place; the rule checks the post holder's membership. No capacity is stated.",
      },
      {
        key: "strategic-director-attends-hct",
        clause: "40",
        summary: "The Strategic Director, Children & Enterprise (or representative) attends the HCT",
        subject: { post: "DCS" },
        board: "HCT",
        modality: "will",
        notes: "As strategic-director-attends-hscb.",
      },
      {
        key: "strategic-director-attends-hhwb",
        clause: "40",
        summary: "The Strategic Director, Children & Enterprise (or representative) attends the HHWB",
        subject: { post: "DCS" },
        board: "HHWB",
        modality: "will",
        notes: "As strategic-director-attends-hscb; on the HHWB the DCS sits as a statutory member (38).",
      },
      {
        key: "hscb-chair-member-of-hct",
        clause: "40",
        summary: "The Chair of HSCB is also a member of the HCT",
        subject: { board: "HSCB", capacity: "chair" },
        board: "HCT",
        capacity: "member",
        modality: "will",
      },
      {
        key: "lead-member-on-hhwb",
        clause: "40",
        summary: "The Lead Member is an elected representative on the HHWB",
        subject: { post: "LEAD-MEMBER-CHILDREN" },
        board: "HHWB",
        capacity: "member",
        modality: "will",
        notes:
          '"The Lead Member" is read as the Lead Member for Children\'s Services (17, 34, 38). "Elected representative of the HHWB" is read as a councillor member of the board.',
      },
      {
        key: "lead-member-chairs-hct",
        clause: "40",
        summary: "The Lead Member chairs the HCT",
        subject: { post: "LEAD-MEMBER-CHILDREN" },
        board: "HCT",
        capacity: "chair",
        modality: "will",
        notes: "The Lead Member therefore also holds the post HCT-CHAIR.",
      },
      {
        key: "lead-member-observes-hscb",
        clause: "40",
        summary:
          "The Lead Member continues as a participating observer of the HSCB, as set out in Working Together 2013",
        subject: { post: "LEAD-MEMBER-CHILDREN" },
        board: "HSCB",
        capacity: "participant-observer",
        modality: "will",
      },
    ],
  },
});
