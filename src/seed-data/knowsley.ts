import { defineAreaSeed } from "@/lib/schemas/area-seed";

/**
 * Knowsley: Partnership Protocol between the Health and Wellbeing Board (HWB) and the Safeguarding
 * Children Board (KSCB), version 2, approved June 2015 (the day is missing in the text). The Knowsley
 * Strategic Board (KSB) is not a party; it appears in the membership table (6.8) and in 2.3.
 * Source: shared/seeds/002_f3374e74853a2b88.txt. People are fictional.
 */

/** Lettered items are held once here and used both in the parent clause and as clauses of their own. */
type Items = Record<string, string>;
const lettered = (items: Items, style: "(a)" | "a)") =>
  Object.entries(items).map(([letter, text]) => (style === "(a)" ? `(${letter}) ${text}` : `${letter}) ${text}`));
const itemClauses = (base: string, heading: string, items: Items) =>
  Object.entries(items).map(([letter, text]) => ({ ref: `${base}(${letter})`, heading, text }));

const KSCB_FUNCTIONS_36: Items = {
  a: "Developing policies and procedures for safeguarding and promoting the welfare of children, including:\n- action to be taken where there are concerns about a child's safety or welfare, including thresholds for intervention;\n- training of persons who work with children or in services affecting the safety and welfare of children;\n- recruitment and supervision of persons who work with children;\n- investigation of allegations concerning persons who work with children;\n- safety and welfare of children who are privately fostered;\n- cooperation with neighbouring children's services authorities and their Board partners",
  b: "Communicating to persons and bodies in the area of the authority the need to safeguard and promote the welfare of children, raising their awareness of how this can best be done and encouraging them to do so.",
  c: "Monitoring and evaluating the effectiveness of what is done by the authority and their Board partners individually and collectively to safeguard and promote the welfare of children and advising them on ways to improve.",
  d: "Participating in the planning of services for children in the area of the authority.",
  e: "Undertaking reviews of serious cases where a child has died or has been seriously harmed in circumstances where abuse is known or suspected and advising on lessons that can be learned.",
  f: "Implementing procedures to ensure a coordinated response to an unexpected child death and the collection and analysis of information from each death. This is with a view to the Knowsley Safeguarding Children Board being able to identify any public health or safety concerns or any matters of concern affecting the safety and welfare of children in the area.",
  g: "Publishing an annual report on the effectiveness of local arrangements to safeguard and promote the welfare of children.",
  h: "Considering the need for local protocols such as attendance at Child Protection Conferences.",
  i: "The coordination of the statutory work of partners to care and protect children including early help.",
};

const HWB_FUNCTIONS_43: Items = {
  a: "Oversee the preparation, publication and review of the:-\n- Knowsley Joint Strategic Needs Assessments and;\n- Knowsley Pharmaceutical Needs Assessment.",
  b: "Oversee the preparation, publication and review of the Knowsley Joint Health and Wellbeing Strategy as informed by the Joint Strategic Needs Assessment.",
  c: "Promote the objectives of the Joint Health and Wellbeing Strategy amongst partners and stakeholders.",
  d: "Promote integration and closer working amongst bodies and organisations who arrange the provision of any health or social care services in Knowsley. This has been further strengthened by the introduction of funding for integrated care through the Better Care Fund which boards have been required to oversee.",
  e: "Lead joint commissioning for health, social care and health-related services in the Borough.",
  f: "Hold the local health and wellbeing system to account.",
};

const WORKING_TOGETHER_51: Items = {
  a: "The HWB supporting the KSCB by ensuring that safeguarding and child protection are integrated into the statutory functions it is responsible for, including the Joint Strategic Needs Assessment and JHWS. It will also promote and encourage health and wellbeing partners to ensure appropriate safeguarding and child protection practices are put in place and maintained. Further details on the HWB role in safeguarding is detailed in appendix 1.",
  b: "The KSCB supporting the HWB in the production of the Joint Strategic Needs Assessment by contributing to its development. It will also support the HWB in the delivery of the Joint Health and Wellbeing Strategy.",
  c: "Reciprocal arrangements through which each body will formally submit its annual report to the other body for consideration and where appropriate prompt action to respond to recommendations contained therein.",
  d: "The KSCB raising awareness of high risk issues at HWB meetings through the Director of Children's Services or through the urgent notifications process (refer to HWB Assurance Report 19.09.13). Likewise, the HWB will raise any concerns it has about the child safeguarding and welfare system to the KSCB.",
  e: "Ensuring that messages and information about promoting the health and wellbeing of residents, including about keeping children safe are disseminated within partner organisations, including collaborating on stakeholder events.",
  f: "Ensuring action taken by one body does not duplicate or negate that taken by the other.",
};

const KSCB_CHALLENGE_A1_21: Items = {
  a: "Consultation on the Annual Scrutiny Programme: KSCB will consult with all stakeholders and interested parties on the content of its annual scrutiny programme.",
  b: "Practitioner Presentations: The KSCB will receive presentations from practitioners on critical areas of service delivery.",
  c: "Board Scrutiny Visits: The KSCB will undertake visits to practice settings to meet staff, volunteers, children and families involved in care and local service provision.",
  d: "Board Reviews: The KSCB will undertake in depth reviews of issues and concerns relating to the wellbeing of children in Knowsley, and make recommendations to partner organisations on the basis of this work. The outcome of the reviews will also be used to inform the development of wider policies/procedures in relation to safeguarding for application across the borough.",
  e: "Review Meetings: The KSCB will meet with the Senior Board / Elected Members of its partner and stakeholder organisations to review the Memorandum of Understanding between the KSCB and their organisation.",
  f: "Undertaking regular case file audits of multi-agency practice in relation to safeguarding of children and young people to identify practice and manage areas for improvement. This includes cases that do not meet the threshold for social care.",
  g: "Developing and implementing a multi-agency training programme based on learning from practice and case reviews that is regularly evaluated for impact on management and front line practice",
  h: "Collating the experience of children and young people as a means of measuring and evaluating improvement",
  i: "Ensuring there are mechanisms to evaluate the effectiveness of these arrangements and for identifying priorities for improvement and implemented.",
  j: "Learning and the adoption and delivery of good practice that derive from scrutiny and review activities.",
};

const HWB_SUPPORT_A1_32: Items = {
  a: "Holistically addressed in local needs assessments including the JSNA; by considering and addressing information provided by the KSCB on safeguarding priorities with the KSCB being expected to play an active role in the development of the JSNA providing insight from its unique perspective.",
  b: "Integrated into the development of the Joint Health and Wellbeing Strategy.",
};

const HWB_PARTNERS_A1_33: Items = {
  a: "Integrated into commissioning arrangements at both strategic and operational levels with its partners.",
  b: "Integrated into partner agendas.",
  c: "Embedded and integrated into service arrangements.",
};

const H_KSCB = "The Knowsley Safeguarding Children Board (KSCB)";
const H_HWB = "The Knowsley Health and Wellbeing Board (HWB)";
const H_TOGETHER = "Knowsley HWB and KSCB working together";
const H_ROLES = "The roles of post and position holders";
const H_A1_KSCB = "Appendix 1: The detailed work of KSCB";
const H_A1_HWB = "Appendix 1: The role of the Knowsley HWB in safeguarding";

const HUYTON = "Huyton Municipal Buildings";

export default defineAreaSeed({
  area: { slug: "knowsley", name: "Knowsley" },
  organisations: [
    { key: "knowsley-council", name: "Knowsley Metropolitan Borough Council", kind: "local-authority" },
    { key: "cm-icb", name: "NHS Cheshire and Merseyside Integrated Care Board", kind: "integrated-care-board" },
    { key: "nhs-england", name: "NHS England", kind: "nhs-england" },
    { key: "merseyside-police", name: "Merseyside Police", kind: "police" },
    { key: "merseyside-pcc", name: "Merseyside Police and Crime Commissioner", kind: "police-and-crime-commissioner" },
    { key: "healthwatch-knowsley", name: "Healthwatch Knowsley", kind: "healthwatch" },
    { key: "independent", name: "Independent", kind: "independent" },
  ],
  boards: [
    {
      key: "HWB",
      name: "Knowsley Health and Wellbeing Board",
      acronym: "HWB",
      kind: "health-and-wellbeing-board",
      statutoryBasis: "Health and Social Care Act 2012, s.194",
      statutory: true,
      independentChair: true,
      secretariat: "knowsley-partnership-coordinator",
      notes:
        'A statutory committee of Knowsley Council (4.1). Clause 6.6 says the HWB has an independent chair, so it is held as independently chaired (the text\'s "the Panel" is read as the Board).',
    },
    {
      key: "KSCB",
      name: "Knowsley Safeguarding Children Board",
      acronym: "KSCB",
      kind: "safeguarding-children-board",
      statutoryBasis: "Children Act 2004, s.13",
      statutory: true,
      independentChair: true,
      secretariat: "knowsley-kscb-business-manager",
      notes:
        "Independent Chair appointed October 2012 (2.2). Since 2019 these duties sit with Knowsley's safeguarding children partnership arrangements led by the council, police and ICB (Children and Social Work Act 2017); the protocol's name is kept.",
    },
    {
      key: "KSB",
      name: "Knowsley Strategic Board",
      acronym: "KSB",
      kind: "strategic-partnership",
      statutoryBasis: null,
      statutory: false,
      independentChair: false,
      secretariat: "knowsley-partnership-coordinator",
      notes:
        "Not a party to the protocol. It sets the borough's overarching strategic direction and can make recommendations to the HWB (2.3); its membership is given in the table at 6.8 (chaired by the Leader of the Council). The acronym KSB is ours; the text always writes the name in full.",
    },
  ],
  posts: [
    { key: "LEADER", title: "Leader of the Council", organisation: "knowsley-council" },
    { key: "CHIEF-EXEC", title: "Chief Executive", organisation: "knowsley-council" },
    { key: "DCS", title: "Director of Children's Services", organisation: "knowsley-council" },
    { key: "DPH", title: "Director of Public Health", organisation: "knowsley-council" },
    { key: "PH-CHILDREN", title: "Portfolio Holder for Children Services", organisation: "knowsley-council" },
    {
      key: "PH-PUBLIC-HEALTH",
      title: "Portfolio Holder for Public Health and Wellbeing",
      organisation: "knowsley-council",
    },
    { key: "PH-ADULT-SOCIAL-CARE", title: "Portfolio Holder for Adult Social Care", organisation: "knowsley-council" },
    { key: "KSCB-CHAIR", title: "KSCB Independent Chair", organisation: "independent", board: "KSCB" },
    { key: "HWB-CHAIR", title: "HWB Independent Chair", organisation: "independent", board: "HWB" },
    { key: "PCC", title: "Merseyside Police and Crime Commissioner", organisation: "merseyside-pcc" },
    {
      key: "ICB-PLACE-DIRECTOR",
      title: "Place Director (Knowsley), NHS Cheshire and Merseyside ICB",
      organisation: "cm-icb",
    },
    {
      key: "NHSE-REP",
      title: "NHS England (North West) representative to the Knowsley boards",
      organisation: "nhs-england",
    },
    { key: "HEALTHWATCH-REP", title: "Healthwatch Knowsley representative", organisation: "healthwatch-knowsley" },
    { key: "PARTNERSHIP-COORDINATOR", title: "Partnership Coordinator", organisation: "knowsley-council" },
  ],
  people: [
    { key: "knowsley-leader", name: "Councillor Peregrine Draftley" },
    { key: "knowsley-chief-exec", name: "Ambrose Specimen" },
    { key: "knowsley-dcs", name: "Rosalind Simulacrum" },
    { key: "knowsley-dph", name: "Dr Fenella Loremby" },
    { key: "knowsley-ph-children", name: "Councillor Wilhelmina Pretendish" },
    { key: "knowsley-ph-public-health", name: "Councillor Horace Proxyfield" },
    { key: "knowsley-ph-adult-social-care", name: "Councillor Gwendolyn Stubworthy" },
    { key: "knowsley-kscb-chair", name: "Dame Lavinia Hypothetica" },
    { key: "knowsley-hwb-chair", name: "Professor Jasper Inventingham" },
    { key: "knowsley-pcc", name: "Montgomery Ipsumford" },
    { key: "knowsley-icb", name: "Dr Clementine Fauxley" },
    { key: "knowsley-nhse", name: "Bartholomew Nonesuch" },
    { key: "knowsley-police", name: "Detective Chief Superintendent Ignatius Pseudonymous" },
    { key: "knowsley-healthwatch", name: "Araminta Figmentson" },
    { key: "knowsley-partnership-coordinator", name: "Percival Cascadeley" },
    { key: "knowsley-kscb-business-manager", name: "Tabitha Quorumley" },
  ],
  postHoldings: [
    { post: "LEADER", person: "knowsley-leader", from: "2025-05-21" },
    { post: "CHIEF-EXEC", person: "knowsley-chief-exec", from: "2021-09-01" },
    { post: "DCS", person: "knowsley-dcs", from: "2022-04-04" },
    { post: "DPH", person: "knowsley-dph", from: "2020-11-02" },
    { post: "PH-CHILDREN", person: "knowsley-ph-children", from: "2025-05-21" },
    { post: "PH-PUBLIC-HEALTH", person: "knowsley-ph-public-health", from: "2025-05-21" },
    { post: "PH-ADULT-SOCIAL-CARE", person: "knowsley-ph-adult-social-care", from: "2025-05-21" },
    { post: "KSCB-CHAIR", person: "knowsley-kscb-chair", from: "2023-10-02" },
    { post: "HWB-CHAIR", person: "knowsley-hwb-chair", from: "2024-06-03" },
    { post: "PCC", person: "knowsley-pcc", from: "2024-05-13" },
    { post: "ICB-PLACE-DIRECTOR", person: "knowsley-icb", from: "2022-07-01" },
    { post: "NHSE-REP", person: "knowsley-nhse", from: "2023-04-03" },
    { post: "HEALTHWATCH-REP", person: "knowsley-healthwatch", from: "2023-04-03" },
    { post: "PARTNERSHIP-COORDINATOR", person: "knowsley-partnership-coordinator", from: "2022-09-05" },
  ],
  memberships: [
    // The membership table (6.8).
    {
      person: "knowsley-leader",
      board: "KSB",
      capacity: "chair",
      representing: "knowsley-council",
      from: "2025-05-21",
      source: "6.8",
    },
    {
      person: "knowsley-ph-children",
      board: "KSCB",
      capacity: "participant-observer",
      representing: "knowsley-council",
      from: "2025-05-21",
      source: "6.8",
    },
    {
      person: "knowsley-ph-children",
      board: "HWB",
      capacity: "member",
      representing: "knowsley-council",
      from: "2025-05-21",
      source: "6.8",
    },
    {
      person: "knowsley-ph-children",
      board: "KSB",
      capacity: "member",
      representing: "knowsley-council",
      from: "2025-05-21",
      source: "6.8",
    },
    {
      person: "knowsley-kscb-chair",
      board: "KSCB",
      capacity: "chair",
      representing: "independent",
      from: "2023-10-02",
      source: "6.8",
    },
    {
      person: "knowsley-hwb-chair",
      board: "HWB",
      capacity: "chair",
      representing: "independent",
      from: "2024-06-03",
      source: "6.8",
    },
    {
      person: "knowsley-dcs",
      board: "KSCB",
      capacity: "member",
      representing: "knowsley-council",
      from: "2022-04-04",
      source: "6.8",
    },
    {
      person: "knowsley-dcs",
      board: "HWB",
      capacity: "member",
      representing: "knowsley-council",
      from: "2022-04-04",
      source: "6.8",
    },
    {
      person: "knowsley-dcs",
      board: "KSB",
      capacity: "supporting-officer",
      representing: "knowsley-council",
      from: "2022-04-04",
      source: "6.8",
    },
    {
      person: "knowsley-dph",
      board: "KSCB",
      capacity: "member",
      representing: "knowsley-council",
      from: "2020-11-02",
      source: "6.8",
    },
    {
      person: "knowsley-dph",
      board: "HWB",
      capacity: "member",
      representing: "knowsley-council",
      from: "2020-11-02",
      source: "6.8",
    },
    {
      person: "knowsley-dph",
      board: "KSB",
      capacity: "supporting-officer",
      representing: "knowsley-council",
      from: "2020-11-02",
      source: "6.8",
    },
    // The other portfolio holders on the HWB (6.5).
    {
      person: "knowsley-ph-public-health",
      board: "HWB",
      capacity: "member",
      representing: "knowsley-council",
      from: "2025-05-21",
      source: "6.5",
    },
    {
      person: "knowsley-ph-adult-social-care",
      board: "HWB",
      capacity: "member",
      representing: "knowsley-council",
      from: "2025-05-21",
      source: "6.5",
    },
    // NHS representation on both boards (6.9); the CCG's place is now the ICB's.
    {
      person: "knowsley-icb",
      board: "KSCB",
      capacity: "member",
      representing: "cm-icb",
      from: "2022-07-01",
      source: "6.9",
    },
    {
      person: "knowsley-icb",
      board: "HWB",
      capacity: "member",
      representing: "cm-icb",
      from: "2022-07-01",
      source: "6.9",
    },
    {
      person: "knowsley-nhse",
      board: "KSCB",
      capacity: "member",
      representing: "nhs-england",
      from: "2023-04-03",
      source: "6.9",
    },
    {
      person: "knowsley-nhse",
      board: "HWB",
      capacity: "member",
      representing: "nhs-england",
      from: "2023-04-03",
      source: "6.9",
    },
    // Healthwatch on the HWB (4.1; s.194 makes it a statutory member).
    {
      person: "knowsley-healthwatch",
      board: "HWB",
      capacity: "statutory-member",
      representing: "healthwatch-knowsley",
      from: "2023-04-03",
      source: "4.1",
    },
    // Police as a statutory partner on the KSCB (3.2: membership set by Working Together 2015).
    {
      person: "knowsley-police",
      board: "KSCB",
      capacity: "member",
      representing: "merseyside-police",
      from: "2024-01-08",
    },
  ],
  meetings: [
    { board: "HWB", date: "2026-06-11", location: `${HUYTON}, Council Chamber` },
    { board: "HWB", date: "2026-07-23", location: `${HUYTON}, Council Chamber` },
    { board: "HWB", date: "2026-09-17", location: `${HUYTON}, Council Chamber` },
    { board: "HWB", date: "2026-11-12", location: `${HUYTON}, Council Chamber` },
    { board: "HWB", date: "2027-01-21", location: `${HUYTON}, Council Chamber` },
    { board: "HWB", date: "2027-03-18", location: `${HUYTON}, Council Chamber` },
    { board: "KSCB", date: "2026-05-20", startTime: "10:00", location: `${HUYTON}, Committee Room 2` },
    { board: "KSCB", date: "2026-07-15", startTime: "10:00", location: `${HUYTON}, Committee Room 2` },
    { board: "KSCB", date: "2026-09-23", startTime: "10:00", location: `${HUYTON}, Committee Room 2` },
    { board: "KSCB", date: "2026-11-25", startTime: "10:00", location: `${HUYTON}, Committee Room 2` },
    { board: "KSCB", date: "2027-01-27", startTime: "10:00", location: `${HUYTON}, Committee Room 2` },
    { board: "KSCB", date: "2027-03-24", startTime: "10:00", location: `${HUYTON}, Committee Room 2` },
    { board: "KSB", date: "2026-04-27", startTime: "16:00", location: `${HUYTON}, Committee Room 1` },
    { board: "KSB", date: "2026-06-29", startTime: "16:00", location: `${HUYTON}, Committee Room 1` },
    { board: "KSB", date: "2026-09-07", startTime: "16:00", location: `${HUYTON}, Committee Room 1` },
    { board: "KSB", date: "2026-11-02", startTime: "16:00", location: `${HUYTON}, Committee Room 1` },
    { board: "KSB", date: "2027-01-11", startTime: "16:00", location: `${HUYTON}, Committee Room 1` },
    { board: "KSB", date: "2027-03-01", startTime: "16:00", location: `${HUYTON}, Committee Room 1` },
  ],
  protocol: {
    key: "knowsley-hwb-kscb",
    title:
      "Partnership Protocol between the Knowsley Health and Wellbeing Board and the Knowsley Safeguarding Children Board",
    version: "2",
    status: "agreed",
    approvedOn: "2015-06-01",
    sourceDocument: "002_f3374e74853a2b88.txt",
    notes: [
      'The text ends "Version 2 of the Partnership Protocol approved: ? June 2015": the day is missing, so 1 June 2015 is recorded as the approval date. No signatures are recorded.',
      'Clause texts are verbatim apart from rejoined line-wrapping (2.3, 6.4), removed formatting marks (italics in 2.3 and 3.2, a link in 4.2, bold in 7.3) and the 6.8 table, whose HWB Independent Chair row is split across two lines in the source and is rejoined. Typos ("KCSB", "the Board\'s", "the any review", "the Panel") are kept. Where a duty cites a lettered item, the item is also held as its own clause; the parent clause keeps the full text.',
      'Modality: statutory functions (3.6, the KSCB functions under the LSCB Regulations 2006; 6.3, the DPH\'s report under the NHS Act 2006 s.73B) are "must"; "will" and statements in the present tense are "will"; "should" and "expected to" are "should"; "can" is "may".',
      "Read as description, not duties: 1.1, 2.1, 2.2, 2.4, 3.1 and 3.3 (covered by 3.6(c) and Appendix 1 2.1), 3.2 (KSCB membership set by Working Together 2015), 3.5 (the s.14 objectives, carried out through 3.6), 3.7, 4.1's note that key NHS providers attend HWB meetings when appropriate (no identifiable party), 4.2 (delivered through 4.3(b)), 5.2, 6.1, 6.4 (the Portfolio Holder for Children Services' political accountability), the chairs' role statements in 6.6, 6.10, 7.1, 7.3, 11 and Appendix 1 1. The DPH's \"role in promoting safeguarding\" (6.3) is covered by Appendix 1 4.1.",
      "Today: the KSCB's duties sit with the safeguarding children partnership; Knowsley CCG's place is held by NHS Cheshire and Merseyside ICB; serious case reviews (3.6(e)) are now local child safeguarding practice reviews and child death review (3.6(f)) sits with the council and ICB as child death review partners.",
    ].join("\n"),
    parties: [{ board: "HWB" }, { board: "KSCB" }],
    // 10.1: resolution is sought "through communication between the Chairs of the Boards, the relevant
    // Portfolio Holders and the Director of Children's Services and Director of Public Health": beyond the
    // chairs, one step that brings in the others.
    resolutionRoute: [
      "Chairs with the relevant Portfolio Holders, the Director of Children's Services and the Director of Public Health",
    ],
    clauses: [
      {
        ref: "1.1",
        heading: "Aim",
        text: "The aim of this protocol is to define the relationship, interdependencies and working relationships between the Knowsley Safeguarding Children Board (KSCB) and the Knowsley Health and Wellbeing Board (HWB). It identifies how by working together they will assist each other in not only delivering their individual functions and responsibilities but also shared priorities and objectives.",
      },
      {
        ref: "2.1",
        heading: "Introduction",
        text: "The formal implementation of the Health and Social Care Act in April 2012, created a new health and wellbeing commissioning landscape with the abolition of Primary Care Trusts and the introduction of a range of new health bodies. This included transferring the responsibility for commissioning most services from primary care trusts (PCTs) to Clinical Commissioning Groups (community and hospital services), local authorities (public health services), and NHS England (specialist health services and some public health services including screening, immunisation and children's health for 0-5 years). For children, young people and family services the commissioning arrangements became more complex with a potential risk of fragmentation. The Act also required the formation of Health and Wellbeing Boards to help hold the new system to account, promote integration and improve health and wellbeing.",
      },
      {
        ref: "2.2",
        heading: "Introduction",
        text: "Knowsley Safeguarding Children Board (KSCB) is the Borough's multi-agency statutory partnership established by Section 13 of the Children Act 2004 and the objectives and functions of Local Safeguarding Children Boards are clearly set out in Local Safeguarding Children Boards Regulations and Working Together to Safeguard Children (2006, 2010, 2013 and 2015). In line with Working Together to Safeguard Children (2010) KSCB appointed an Independent Chair in October 2012 and working closely with all KSCB partners, the board has sought to continue its drive on improving agencies and individuals practice for children and young people who have suffered or are at risk of abuse or harm.",
      },
      {
        ref: "2.3",
        heading: "Introduction",
        text: "The KSCB and HWB operate within the local context of a wider Knowsley partnership. Within this structure, the Knowsley Strategic Board is responsible for setting the overarching strategic direction for the borough and to ensure achievement of the vision Knowsley: The Borough of Choice. The Knowsley Strategic Board can make recommendations to the Health and Wellbeing Board, to ensure the consistency and continuity of partnership approaches. The KSCB operates as an independent statutory board and does not have a subordinate relationship with partnership boards.",
      },
      {
        ref: "2.4",
        heading: "Introduction",
        text: "Taking into account the national and local context within which the KSCB and HWB operate, it is important to clarify and formalise the relationship between the two bodies. Relationships have existed since before the introduction of the Health and Social Care Act in April 2013 but the protocol clarifies and formalises the arrangements in place.",
      },
      {
        ref: "3.1",
        heading: H_KSCB,
        text: "The KSCB is an independent, statutory body responsible for ensuring that individuals and organisations work effectively to safeguard children in Knowsley. It closely monitors and evaluates the work of organisations that engage with children and offers advice and guidance on safeguarding practices, policies and procedures.",
      },
      {
        ref: "3.2",
        heading: H_KSCB,
        text: "The statutory membership of the KSCB is determined by the Working Together to Safeguard Children (2015) statutory guidance, plus any additional locally determined members.",
      },
      {
        ref: "3.3",
        heading: H_KSCB,
        text: "The KSCB is not a commissioning or service delivery body; it is a body that holds the local systems and agencies to account for how they safeguard children and young people. However, it is expected to initiate activities which investigate and improve practice in safeguarding. It has the authority to call any local agency represented to account for its safeguarding activity as well as playing a role in providing advice, promoting best practice and raising awareness of potential risks.",
      },
      {
        ref: "3.4",
        heading: H_KSCB,
        text: "The work of KSCB also contributes to the wider objective of improving the wellbeing of all children and young people in Knowsley. This means ensuring the effectiveness of the arrangements made by individual agencies and partnerships within Knowsley including the HWB to safeguard and promote the welfare of children and young people.",
      },
      {
        ref: "3.5",
        heading: H_KSCB,
        text: "Section 14 of the Children Act 2004 sets out the objectives of all Local Safeguarding Children's Boards, which are:\n- to coordinate what is done by each person or body represented on the Board for the purposes of safeguarding and promoting the welfare of children in the area; and\n- to ensure the effectiveness of what is done by each such person or body for those purposes.",
      },
      {
        ref: "3.6",
        heading: H_KSCB,
        text: [
          "The KSCB is responsible for the following functions:",
          ...lettered(KSCB_FUNCTIONS_36, "(a)"),
          "KSCB is not accountable for the operational work of individuals, agencies and organisations. Each KSCB partner retains their own existing lines of accountability for safeguarding and promoting the welfare of children by their services.",
        ].join("\n"),
      },
      ...itemClauses("3.6", H_KSCB, KSCB_FUNCTIONS_36),
      { ref: "3.7", heading: H_KSCB, text: "Further details are included in appendix 1." },
      {
        ref: "4.1",
        heading: H_HWB,
        text: "The Knowsley HWB is established in accordance with Section 194 of the Health and Social Care Act 2012 as a statutory committee of Knowsley Council. In accordance with Section 194 of the Health and Social Care Act 2012, the Health and Wellbeing Board membership includes elected members, a Healthwatch representative and senior lead officers from the Clinical Commissioning Group, Knowsley Council and NHS England. Key NHS providers and other partners will also attend HWB meetings when appropriate.",
      },
      {
        ref: "4.2",
        heading: H_HWB,
        text: "Its overall aim is to improve the health and wellbeing of everybody that lives, works or is registered with a GP in Knowsley; and the integrated working of those engaged in providing health, social care and related services across the Borough. It will do this through its Joint Health and Wellbeing Strategy (JHWS) which sets out a single set of priorities across HWB partners. The strategy takes a 'life course' approach to improve health and wellbeing and identifies the outcomes that the HWB want to see improved at different stages in people's lives.",
      },
      {
        ref: "4.3",
        heading: H_HWB,
        text: [
          "In accordance with Sections 195, 196 and 199 of the Health and Social Care Act 2012 and related legislation, the Knowsley Health and Wellbeing Board will be responsible for the following functions:",
          ...lettered(HWB_FUNCTIONS_43, "a)"),
        ].join("\n"),
      },
      ...itemClauses("4.3", H_HWB, HWB_FUNCTIONS_43),
      {
        ref: "5.1",
        heading: H_TOGETHER,
        text: ["The two Boards will work together by:", ...lettered(WORKING_TOGETHER_51, "a)")].join("\n"),
      },
      ...itemClauses("5.1", H_TOGETHER, WORKING_TOGETHER_51),
      {
        ref: "5.2",
        heading: H_TOGETHER,
        text: "Further details of how the Board's will work together to ensure safeguarding and promote the welfare of children and young people are set out in Appendix 1.",
      },
      {
        ref: "6.1",
        heading: H_ROLES,
        text: "The Director of Children's Services (DCS), Director of Public Health (DPH), the Chairs of KSCB and HWB and the Portfolio Holder for Children Services, have central roles to play in facilitating the relationship between the two boards.",
      },
      {
        ref: "6.2",
        heading: H_ROLES,
        text: "The Director of Children's Services has the lead responsibility for improving outcomes for children/young people in Knowsley. The DCS also ensures the co-ordination of relevant activities between the KSCB and HWB and champions safeguarding in the work of the HWB.",
      },
      {
        ref: "6.3",
        heading: H_ROLES,
        text: "The DPH is also a statutory officer of the Council and acts as the principal adviser on all health matters to elected members and officers, with a leadership role spanning all three domains of public health: health improvement, health protection and healthcare public health. The role includes providing population health advice to the NHS and a role in promoting safeguarding. The DPH has a statutory responsibility to produce an independent annual report on the health of the population. This report includes progress on improving health and reducing inequalities and makes recommendations for further improvement. The DPH is also the chair of the Child Death and Overview Panel.",
      },
      {
        ref: "6.4",
        heading: H_ROLES,
        text: "The Portfolio Holder for Children Services is also politically accountable for ensuring that Knowsley Council fulfils its legal responsibilities for safeguarding and promoting the welfare of children and young people. This involves providing the political leadership needed for the effective co-ordination of work with other relevant agencies with safeguarding responsibilities.",
      },
      {
        ref: "6.5",
        heading: H_ROLES,
        text: "Alongside the Portfolio Holder for Children Services, the Portfolio Holder for Public Health and Wellbeing and the Portfolio Holder for Adult Social Care are represented on the Health and Wellbeing Board. Their membership on the Board will help to secure the best Health and Wellbeing outcomes for children and families in Knowsley.",
      },
      {
        ref: "6.6",
        heading: H_ROLES,
        text: "The HWB has an independent chair who has a key role in ensuring that the Panel works effectively as a partnership, focusing on and delivering its priorities. The KSCB also has an independent Chair who is responsible for ensuring that the Board operates effectively and secures an independent voice. The KSCB Chair works closely with all KSCB partners and particularly with the DCS. The KSCB Chair will publish an annual report on the effectiveness of local governance and partnership arrangements to safeguard children. The report will be submitted to the Chief Executive, Leader of the Council, the local police and crime commissioner and the HWB.",
      },
      {
        ref: "6.7",
        heading: H_ROLES,
        text: "The Chief Executive is responsible for satisfying him/herself that the DCS is fulfilling their managerial responsibilities for safeguarding and promoting the welfare of children and young people and in particular, by ensuring that the relationship between the KSCB and HWB is working effectively. It is also the responsibility of the Chief Executive to appoint or remove the KSCB chair, with support of an appointment panel.",
      },
      {
        ref: "6.8",
        heading: H_ROLES,
        text: [
          "Membership of the various boards is as follows:",
          "| | Knowsley Safeguarding Children's Board | Knowsley Health and Wellbeing Board | Knowsley Strategic Board |",
          "| Leader of the Council | | | X Chair |",
          "| Portfolio Holder for Children Services | X Participant Observer | X | X |",
          "| KSCB Independent Chair | X Chair | | |",
          "| HWB Independent Chair | | X Chair | |",
          "| DCS | x | x | x Supporting officer |",
          "| DPH | x | x | x Supporting officer |",
        ].join("\n"),
      },
      {
        ref: "6.9",
        heading: H_ROLES,
        text: "Knowsley Clinical Commissioning Group (CCG) and NHS England are represented on both KSCB and HWB. Section 11 of the Children Act 2004 places specific statutory duties on the CCG, NHS England and other named organisations to ensure their functions, and any services that they contract out to others, have regard to the need to safeguard and promote the welfare of children. (The specific requirements are set out in the Working Together to Safeguard Children statutory guidance, 2015).",
      },
      {
        ref: "6.10",
        heading: H_ROLES,
        text: "It is clear that the overlapping memberships of the key roles and positions across the relevant boards set out above offers a strong foundation for consistent and collaborative activity which will help deliver individual and collective priorities.",
      },
      {
        ref: "7.1",
        heading: "Public engagement",
        text: "Both the KSCB and HWB consider public engagement and involvement as integral to promoting health and wellbeing and ensuring the safety of children and young people. Improving health and wellbeing and safeguarding children are seen as 'everyone's business' by both Boards.",
      },
      {
        ref: "7.2",
        heading: "Public engagement",
        text: "Both the KSCB and HWB engage with children, young people and families to ensure their voices are heard through the Knowsley Engagement Network.",
      },
      {
        ref: "7.3",
        heading: "Public engagement",
        text: "The Knowsley Engagement Network places engagement at the heart of partnership working. The Network provides a gateway for involvement with communities and stakeholders from the public, private and social sectors. It consists of four strands:\n- Local Advisory Groups (LAGs) - to provide a partnership locality area focus on matters.\n- Knowsley Engagement Forum - to gain insight, empower and involve the public, particularly vulnerable groups.\n- Partner and Wider Stakeholder Forum - to capture greater insight from partners and organisations who do not sit on the Board(s).\n- Youth engagement – utilises Knowsley Youth Mutual engagement networks to enable children and young people's voices to be heard",
      },
      {
        ref: "8.1",
        heading: "Operational arrangements",
        text: "The chairs of the Knowsley HWB and the KSCB will make arrangements to share their Board Minutes with each other after every meeting. The Chairs will then decide if any information should be cascaded to the members of their respective boards.",
      },
      {
        ref: "8.2",
        heading: "Operational arrangements",
        text: "The KSCB will hold an annual event to meet with frontline staff from all relevant agencies which will explore the effectiveness of safeguarding at all levels of need. The findings from this will be incorporated in relevant action plans.",
      },
      {
        ref: "8.3",
        heading: "Operational arrangements",
        text: "Minutes of both boards will also be shared with the wider partnership (as appropriate) to ensure that relevant information is cascaded more broadly. The chairs will be able to make these arrangements via the Partnership Coordinator.",
      },
      {
        ref: "9.1",
        heading: "Protocol review",
        text: "This Protocol will be reviewed on an annual basis or when national guidance affecting either Board is revised or introduced, or if significant changes are made to the roles of individuals or partnerships detailed in this document. The outcome of the any review of this document will inform part of the Safeguarding Children Board's Annual report and will also be fed into the Council's annual constitution review process.",
      },
      {
        ref: "10.1",
        heading: "Resolution process",
        text: "Where either Board is concerned that this Protocol is not succeeding in ensuring strong partnership working to improve the health and wellbeing of children and young people and keep them safe and healthy, resolution should be sought through communication between the Chairs of the Boards, the relevant Portfolio Holders and the Director of Children's Services and Director of Public Health.",
      },
      {
        ref: "11",
        heading: "Related documents",
        text: "- Knowsley Children Safeguarding Board Terms of Reference\n- Knowsley Health and Wellbeing Board Terms of Reference/ Procedure Rules (as contained within the Knowsley Council Constitution)",
      },
      {
        ref: "App. 1 1",
        heading: "Appendix 1: Aim",
        text: "The aim of this supporting document is to set out in more specific terms how the Knowsley Safeguarding Children Board (KSCB) and the Knowsley Health and Wellbeing Board (HWB) work together in pursuit of safeguarding and promoting the welfare of children and young people in Knowsley. This document should be considered in conjunction with the contents of its parent document – “Partnership Protocol between the Knowsley Health and Wellbeing Board and the Knowsley Safeguarding Children Board”.",
      },
      {
        ref: "App. 1 2.1",
        heading: H_A1_KSCB,
        text: [
          "In fulfilling its statutory obligations in relation to safeguarding the KSCB will provide effective challenge, monitoring and review through:",
          ...lettered(KSCB_CHALLENGE_A1_21, "a)"),
        ].join("\n"),
      },
      ...itemClauses("App. 1 2.1", H_A1_KSCB, KSCB_CHALLENGE_A1_21),
      {
        ref: "App. 1 3.1",
        heading: H_A1_HWB,
        text: "The HWB will ensure that safeguarding and child protection are cross-cutting themes in all its work and promote with partners.",
      },
      {
        ref: "App. 1 3.2",
        heading: H_A1_HWB,
        text: ["It will support the KCSB by ensuring that safeguarding is:", ...lettered(HWB_SUPPORT_A1_32, "a)")].join(
          "\n",
        ),
      },
      ...itemClauses("App. 1 3.2", H_A1_HWB, HWB_SUPPORT_A1_32),
      {
        ref: "App. 1 3.3",
        heading: H_A1_HWB,
        text: [
          "The HWB will also encourage health and wellbeing partners to ensure safeguarding is:",
          ...lettered(HWB_PARTNERS_A1_33, "a)"),
        ].join("\n"),
      },
      ...itemClauses("App. 1 3.3", H_A1_HWB, HWB_PARTNERS_A1_33),
      {
        ref: "App. 1 4.1",
        heading: "Appendix 1: The roles of post and position holders",
        text: "The roles and responsibilities of key post holders are detailed in section 6, including the key individual's roles in relation to safeguarding children and young people. However, all members of both boards have a responsibility to promote safeguarding and the protection of children and young people.",
      },
    ],
    obligations: [
      // 2 Introduction
      {
        key: "ksb-recommendations-to-hwb",
        clause: "2.3",
        kind: "other",
        summary:
          "The Knowsley Strategic Board may make recommendations to the HWB to ensure the consistency and continuity of partnership approaches",
        from: [{ board: "KSB" }],
        to: [{ board: "HWB" }],
        cadence: { frequency: "as-needed", trigger: "The Knowsley Strategic Board has a recommendation for the HWB" },
        modality: "may",
        notes:
          'A power ("can"), not a duty. The KSB is not a party to the protocol; the rule is held so the HWB sees what it may receive. The KSCB is expressly not subordinate to the partnership boards, so no equivalent is encoded for it.',
      },
      // 3 The KSCB
      {
        key: "kscb-assures-hwb-safeguarding-arrangements",
        clause: "3.4",
        kind: "review",
        summary:
          "Ensure the effectiveness of the arrangements made by agencies and partnerships in Knowsley, including the HWB, to safeguard and promote the welfare of children",
        from: [{ board: "KSCB" }],
        to: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes:
          'Stated in the present tense ("This means ensuring ..."); read as a continuing duty. The HWB is the only partnership named, so it is the only recipient encoded.',
      },
      {
        key: "kscb-safeguarding-policies-and-procedures",
        clause: "3.6(a)",
        kind: "plan",
        summary:
          "Develop policies and procedures for safeguarding children: thresholds for intervention, training, safer recruitment and supervision, allegations against staff, private fostering and cooperation with neighbouring authorities",
        from: [{ board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "must",
        documents: ["policies-and-procedures"],
        notes: "A statutory function (LSCB Regulations 2006, reg. 5). No review cycle is stated.",
      },
      {
        key: "kscb-communicates-need-to-safeguard",
        clause: "3.6(b)",
        kind: "information-sharing",
        summary:
          "Communicate to persons and bodies in Knowsley the need to safeguard and promote the welfare of children, raise awareness of how to do so and encourage them to do it",
        from: [{ board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "must",
        notes: "Addressed to everyone in the area, not to a board; no recipient is encoded.",
      },
      {
        key: "kscb-monitors-partner-effectiveness",
        clause: "3.6(c)",
        kind: "review",
        summary:
          "Monitor and evaluate the effectiveness of what the council and its Board partners do, individually and collectively, to safeguard children, and advise them on ways to improve",
        from: [{ board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "must",
        notes:
          "The challenge and monitoring activities that deliver this are listed in Appendix 1 2.1 and encoded there. 3.1 and 3.3 describe the same role (including the KSCB's authority to call any represented agency to account) and are not encoded separately.",
      },
      {
        key: "kscb-participates-in-service-planning",
        clause: "3.6(d)",
        kind: "plan",
        summary: "Participate in the planning of services for children in Knowsley",
        from: [{ board: "KSCB" }],
        to: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "must",
        documents: ["commissioning-plan"],
        notes:
          "The text names no recipient. In Knowsley the HWB leads joint commissioning (4.3(e)) and the KSCB supports its JSNA and strategy (5.1(b)), so the HWB is held as the body whose planning the KSCB takes part in.",
      },
      {
        key: "kscb-serious-case-reviews",
        clause: "3.6(e)",
        kind: "review",
        summary:
          "Undertake a serious case review where a child has died or been seriously harmed and abuse is known or suspected, and advise on the lessons to be learned",
        from: [{ board: "KSCB" }],
        cadence: {
          frequency: "on-event",
          trigger: "A child has died or been seriously harmed in circumstances where abuse is known or suspected",
        },
        modality: "must",
        notes:
          "Since 2018 serious case reviews have been replaced by local child safeguarding practice reviews commissioned by the safeguarding partners; the duty is kept as printed.",
      },
      {
        key: "kscb-child-death-procedures",
        clause: "3.6(f)",
        kind: "review",
        summary:
          "Implement procedures for a coordinated response to each unexpected child death and collect and analyse information from each death to identify public health, safety or welfare concerns",
        from: [{ board: "KSCB" }],
        cadence: { frequency: "on-event", trigger: "An unexpected child death in Knowsley" },
        modality: "must",
        notes:
          "The procedures are standing; the response and data collection fall due on each death, so the rule is held as on-event. The DPH chairs the Child Death Overview Panel (6.3). Child death review now sits with the council and the ICB as child death review partners.",
      },
      {
        key: "kscb-publishes-annual-report",
        clause: "3.6(g)",
        kind: "report",
        summary:
          "Publish an annual report on the effectiveness of local arrangements to safeguard and promote the welfare of children",
        from: [{ board: "KSCB" }],
        cadence: { frequency: "annual", window: null },
        modality: "must",
        documents: ["annual-report"],
        notes:
          "No month is stated. Its submission to the HWB is 5.1(c) and to the Chief Executive, Leader, PCC and HWB is 6.6; the outcome of the protocol review forms part of it (9.1). It is not sequenced after the protocol review because the review may fall either side of publication.",
      },
      {
        key: "kscb-considers-local-protocols",
        clause: "3.6(h)",
        kind: "plan",
        summary: "Consider the need for local protocols, such as attendance at Child Protection Conferences",
        from: [{ board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "must",
        documents: ["policies-and-procedures"],
      },
      {
        key: "kscb-coordinates-partners-early-help",
        clause: "3.6(i)",
        kind: "other",
        summary: "Coordinate the statutory work of partners to care for and protect children, including early help",
        from: [{ board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "must",
        notes: "Also the first of the s.14 objectives quoted in 3.5, which is not encoded separately.",
      },
      // 4 The HWB
      {
        key: "hwb-oversees-jsna",
        clause: "4.3(a)",
        kind: "plan",
        summary: "Oversee the preparation, publication and review of the Knowsley Joint Strategic Needs Assessment",
        from: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["jsna"],
        notes:
          "4.3(a) names two documents with different cycles, so it is held as two duties (JSNA and PNA). No refresh cycle is stated for the JSNA; the KSCB's part in it is 5.1(b).",
      },
      {
        key: "hwb-oversees-pna",
        clause: "4.3(a)",
        kind: "plan",
        summary: "Oversee the preparation, publication and review of the Knowsley Pharmaceutical Needs Assessment",
        from: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["pharmaceutical-needs-assessment"],
        notes:
          "The protocol states no cycle; the 2013 pharmaceutical regulations require a new assessment at least every three years, which has no cadence of its own here, so it is held as standing.",
      },
      {
        key: "hwb-oversees-jhws",
        clause: "4.3(b)",
        kind: "plan",
        summary:
          "Oversee the preparation, publication and review of the Knowsley Joint Health and Wellbeing Strategy, informed by the JSNA",
        from: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["jhws", "jsna"],
        comesAfter: "hwb-oversees-jsna",
      },
      {
        key: "hwb-promotes-jhws-objectives",
        clause: "4.3(c)",
        kind: "information-sharing",
        summary: "Promote the objectives of the Joint Health and Wellbeing Strategy amongst partners and stakeholders",
        from: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["jhws"],
      },
      {
        key: "hwb-promotes-integration",
        clause: "4.3(d)",
        kind: "other",
        summary:
          "Promote integration and closer working amongst those who arrange health or social care services in Knowsley, including oversight of the Better Care Fund",
        from: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
      },
      {
        key: "hwb-leads-joint-commissioning",
        clause: "4.3(e)",
        kind: "plan",
        summary: "Lead joint commissioning for health, social care and health-related services in Knowsley",
        from: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["commissioning-plan"],
      },
      {
        key: "hwb-holds-system-to-account",
        clause: "4.3(f)",
        kind: "review",
        summary: "Hold the local health and wellbeing system to account",
        from: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
      },
      // 5 Working together
      {
        key: "hwb-integrates-safeguarding-in-functions",
        clause: "5.1(a)",
        kind: "plan",
        summary:
          "Support the KSCB by ensuring that safeguarding and child protection are integrated into the HWB's statutory functions, including the JSNA and the Joint Health and Wellbeing Strategy",
        from: [{ board: "HWB" }],
        to: [{ board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["jsna", "jhws"],
        notes:
          "Appendix 1 3.2(a) and (b) restate this for the JSNA and the strategy; they are encoded too because they add the duty to consider the KSCB's information.",
      },
      {
        key: "hwb-encourages-partner-safeguarding-practice",
        clause: "5.1(a)",
        kind: "other",
        summary:
          "Promote and encourage health and wellbeing partners to put in place and maintain appropriate safeguarding and child protection practices",
        from: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes: "Detailed in Appendix 1 3.3(a)-(c), encoded separately.",
      },
      {
        key: "kscb-contributes-to-jsna",
        clause: "5.1(b)",
        kind: "consultation",
        summary:
          "Support the HWB in producing the JSNA by contributing to its development, providing insight on safeguarding priorities",
        from: [{ board: "KSCB" }],
        to: [{ board: "HWB" }],
        cadence: { frequency: "on-event", trigger: "The HWB prepares or refreshes the JSNA" },
        modality: "will",
        documents: ["jsna"],
        notes:
          'No timing is stated; it falls due whenever the JSNA is being developed. Appendix 1 3.2(a) restates the same duty ("the KSCB being expected to play an active role in the development of the JSNA"); it is held once, here, with the firmer wording.',
      },
      {
        key: "kscb-supports-jhws-delivery",
        clause: "5.1(b)",
        kind: "plan",
        summary: "Support the HWB in the delivery of the Joint Health and Wellbeing Strategy",
        from: [{ board: "KSCB" }],
        to: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["jhws"],
      },
      {
        key: "kscb-annual-report-to-hwb",
        clause: "5.1(c)",
        kind: "report",
        summary: "Formally submit the KSCB annual report to the HWB for consideration",
        from: [{ board: "KSCB" }],
        to: [{ board: "HWB" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["annual-report"],
        comesAfter: "kscb-publishes-annual-report",
        notes:
          "No month is stated. 6.6 also has the KSCB Chair submit the same report to the HWB (among four recipients); one presentation at an HWB meeting can evidence both items.",
      },
      {
        key: "hwb-annual-report-to-kscb",
        clause: "5.1(c)",
        kind: "report",
        summary: "Formally submit the HWB annual report to the KSCB for consideration",
        from: [{ board: "HWB" }],
        to: [{ board: "KSCB" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["annual-report"],
        notes:
          "No month is stated. An HWB annual report is not a statutory requirement; the protocol assumes the HWB produces one.",
      },
      {
        key: "hwb-acts-on-kscb-report-recommendations",
        clause: "5.1(c)",
        kind: "other",
        summary: "Where appropriate, take prompt action to respond to recommendations in the KSCB annual report",
        from: [{ board: "HWB" }],
        to: [{ board: "KSCB" }],
        cadence: {
          frequency: "on-event",
          trigger: "The KSCB annual report received by the HWB contains recommendations for it",
        },
        modality: "will",
        documents: ["annual-report"],
        comesAfter: "kscb-annual-report-to-hwb",
        notes:
          '"Where appropriate" is read as applying to which recommendations call for action, not to whether the HWB responds.',
      },
      {
        key: "kscb-acts-on-hwb-report-recommendations",
        clause: "5.1(c)",
        kind: "other",
        summary: "Where appropriate, take prompt action to respond to recommendations in the HWB annual report",
        from: [{ board: "KSCB" }],
        to: [{ board: "HWB" }],
        cadence: {
          frequency: "on-event",
          trigger: "The HWB annual report received by the KSCB contains recommendations for it",
        },
        modality: "will",
        documents: ["annual-report"],
        comesAfter: "hwb-annual-report-to-kscb",
      },
      {
        key: "kscb-raises-high-risk-issues-at-hwb",
        clause: "5.1(d)",
        kind: "escalation",
        summary:
          "Raise awareness of high-risk issues at HWB meetings, through the Director of Children's Services or the urgent notifications process",
        from: [{ board: "KSCB" }],
        to: [{ board: "HWB" }],
        cadence: { frequency: "as-needed", trigger: "A high-risk safeguarding issue needs the HWB's awareness" },
        modality: "will",
        notes:
          "Owed by the KSCB; the DCS (a member of both boards) or the urgent notifications process (HWB Assurance Report 19.09.13, not reproduced) is the route, so the DCS is not held as a separate party.",
      },
      {
        key: "hwb-raises-safeguarding-concerns-with-kscb",
        clause: "5.1(d)",
        kind: "escalation",
        summary: "Raise with the KSCB any concerns the HWB has about the child safeguarding and welfare system",
        from: [{ board: "HWB" }],
        to: [{ board: "KSCB" }],
        cadence: {
          frequency: "as-needed",
          trigger: "The HWB has a concern about the child safeguarding and welfare system",
        },
        modality: "will",
      },
      {
        key: "disseminate-health-and-safeguarding-messages",
        clause: "5.1(e)",
        kind: "information-sharing",
        summary:
          "Ensure messages about promoting residents' health and wellbeing and keeping children safe are disseminated within partner organisations, including by collaborating on stakeholder events",
        from: [{ board: "HWB" }, { board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes: "Addressed to partner organisations, not to either board; no recipient is encoded.",
      },
      {
        key: "avoid-duplicating-or-negating-action",
        clause: "5.1(f)",
        kind: "other",
        summary: "Ensure action taken by one board does not duplicate or negate action taken by the other",
        from: [{ board: "HWB" }, { board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "will",
      },
      // 6 Post and position holders
      {
        key: "dcs-coordinates-kscb-and-hwb",
        clause: "6.2",
        kind: "other",
        summary:
          "The Director of Children's Services ensures the co-ordination of relevant activities between the KSCB and the HWB",
        from: [{ post: "DCS" }],
        to: [{ board: "KSCB" }, { board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes:
          'Stated in the present tense. The DCS\'s "lead responsibility for improving outcomes for children" is a role statement and is not encoded.',
      },
      {
        key: "dcs-champions-safeguarding-in-hwb",
        clause: "6.2",
        kind: "other",
        summary: "The Director of Children's Services champions safeguarding in the work of the HWB",
        from: [{ post: "DCS" }],
        to: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
      },
      {
        key: "dph-annual-report",
        clause: "6.3",
        kind: "report",
        summary:
          "The Director of Public Health produces an independent annual report on the health of the population, covering progress on improving health and reducing inequalities, with recommendations",
        from: [{ post: "DPH" }],
        cadence: { frequency: "annual", window: null },
        modality: "must",
        documents: ["dph-annual-report"],
        notes:
          "A statutory responsibility (NHS Act 2006, s.73B). The text names no recipient and no month; it is commonly presented to the HWB, but that is not encoded because the protocol does not say so.",
      },
      {
        key: "kscb-chair-annual-report-to-leadership",
        clause: "6.6",
        kind: "report",
        summary:
          "The KSCB Chair publishes an annual report on the effectiveness of local governance and partnership arrangements to safeguard children and submits it to the Chief Executive, the Leader of the Council, the Police and Crime Commissioner and the HWB",
        from: [{ post: "KSCB-CHAIR" }],
        to: [{ post: "CHIEF-EXEC" }, { post: "LEADER" }, { post: "PCC" }, { board: "HWB" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["annual-report"],
        comesAfter: "kscb-publishes-annual-report",
        notes:
          'Read as the same report as 3.6(g) (the wording differs: "local governance and partnership arrangements"), so it follows publication. The HWB item overlaps 5.1(c); one presentation can evidence both. The rest of 6.6 (the chairs\' roles, the KSCB Chair working closely with the DCS) is role description and is not encoded.',
      },
      {
        key: "chief-exec-assures-dcs-and-board-relationship",
        clause: "6.7",
        kind: "review",
        summary:
          "The Chief Executive satisfies themself that the DCS is fulfilling their managerial responsibilities for safeguarding, in particular that the relationship between the KSCB and the HWB is working effectively",
        from: [{ post: "CHIEF-EXEC" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes:
          "No cycle is stated; in practice this is part of the DCS's performance management. No recipient is encoded (the assurance is the Chief Executive's own).",
      },
      {
        key: "chief-exec-appoints-or-removes-kscb-chair",
        clause: "6.7",
        kind: "membership",
        summary: "The Chief Executive appoints or removes the KSCB Chair, with the support of an appointment panel",
        from: [{ post: "CHIEF-EXEC" }],
        to: [{ board: "KSCB" }],
        cadence: { frequency: "on-event", trigger: "The KSCB Chair post is to be filled or its holder removed" },
        modality: "will",
      },
      // 7 Public engagement
      {
        key: "engage-through-knowsley-engagement-network",
        clause: "7.2",
        kind: "consultation",
        summary:
          "Engage with children, young people and families through the Knowsley Engagement Network so that their voices are heard",
        from: [{ board: "HWB" }, { board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes:
          'Stated in the present tense ("engage"). 7.1 and 7.3 describe the principle and the Network\'s four strands and are not encoded separately.',
      },
      // 8 Operational arrangements
      {
        key: "hwb-chair-shares-minutes-with-kscb",
        clause: "8.1",
        kind: "information-sharing",
        summary: "The HWB Chair shares the HWB's minutes with the KSCB Chair after every HWB meeting",
        from: [{ post: "HWB-CHAIR" }],
        to: [{ board: "KSCB" }],
        cadence: { frequency: "after-every-meeting", afterMeetingsOf: "HWB" },
        modality: "will",
        documents: ["minutes"],
        notes:
          'The text has the chairs share minutes "with each other"; each direction is one duty. The recipient is held as the KSCB, whose Chair receives on its behalf and then decides whether to cascade anything to its members. No interval is stated, so the default days after the meeting apply.',
      },
      {
        key: "kscb-chair-shares-minutes-with-hwb",
        clause: "8.1",
        kind: "information-sharing",
        summary: "The KSCB Chair shares the KSCB's minutes with the HWB Chair after every KSCB meeting",
        from: [{ post: "KSCB-CHAIR" }],
        to: [{ board: "HWB" }],
        cadence: { frequency: "after-every-meeting", afterMeetingsOf: "KSCB" },
        modality: "will",
        documents: ["minutes"],
        notes: "As for the HWB direction.",
      },
      {
        key: "kscb-annual-frontline-event",
        clause: "8.2",
        kind: "meeting",
        summary:
          "Hold an annual event with frontline staff from all relevant agencies to explore the effectiveness of safeguarding at all levels of need",
        from: [{ board: "KSCB" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        notes:
          "No month is stated. The event is deliberately not in the KSCB's meeting list: it is not a Board meeting, so it must not attract minutes (8.1) or reports planned for the Board. Logging the event (date, attendance, findings) is the evidence.",
      },
      {
        key: "frontline-event-findings-into-action-plans",
        clause: "8.2",
        kind: "plan",
        summary: "Incorporate the findings of the annual frontline event in the relevant action plans",
        from: [{ board: "KSCB" }],
        cadence: { frequency: "follows", atNextMeeting: true },
        modality: "will",
        documents: ["business-plan"],
        comesAfter: "kscb-annual-frontline-event",
        notes:
          "\"Relevant action plans\" is read as chiefly the KSCB business plan; the findings may also reach partners' plans, which are not encoded. No date is stated: the findings are taken into the plans at the KSCB's next meeting after the event.",
      },
      {
        key: "minutes-shared-with-wider-partnership",
        clause: "8.3",
        kind: "information-sharing",
        summary:
          "Share both boards' minutes with the wider partnership, as appropriate, arranged by the chairs through the Partnership Coordinator",
        from: [{ board: "HWB" }, { board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["minutes"],
        notes:
          '"As appropriate" leaves what is shared, and with whom, to the chairs, so this is held as standing rather than after every meeting (the per-meeting exchange between the boards is 8.1). "The wider partnership" is read as the wider Knowsley partnership of 2.3, led by the Knowsley Strategic Board, but the text names no single recipient, so none is encoded.',
      },
      // 9 Protocol review
      {
        key: "annual-protocol-review",
        clause: "9.1",
        kind: "review",
        summary: "Review the protocol annually",
        from: [{ board: "HWB" }, { board: "KSCB" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["protocol"],
        notes:
          'A joint review by both parties. "On an annual basis" names no month and is not tied to the June 2015 approval, so it is any time in the year rather than an anniversary.',
      },
      {
        key: "protocol-review-on-change",
        clause: "9.1",
        kind: "review",
        summary:
          "Review the protocol when national guidance affecting either board is revised or introduced, or when significant changes are made to the roles of individuals or partnerships in it",
        from: [{ board: "HWB" }, { board: "KSCB" }],
        cadence: {
          frequency: "on-event",
          trigger:
            "National guidance affecting either Board is revised or introduced, or significant changes are made to the roles of individuals or partnerships detailed in the protocol",
        },
        modality: "will",
        documents: ["protocol"],
        notes: "Triggered many times since 2015: Working Together 2018 and 2023, the end of LSCBs, CCGs becoming ICBs.",
      },
      {
        key: "review-outcome-into-kscb-annual-report",
        clause: "9.1",
        kind: "report",
        summary: "The outcome of the protocol review forms part of the KSCB annual report",
        from: [{ board: "KSCB" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["annual-report", "protocol"],
        comesAfter: "annual-protocol-review",
        notes:
          '"Any review" includes on-event reviews; the sequence is held against the annual review, which happens every year.',
      },
      {
        key: "review-outcome-into-constitution-review",
        clause: "9.1",
        kind: "information-sharing",
        summary: "Feed the outcome of the protocol review into the Council's annual constitution review process",
        from: [{ board: "HWB" }, { board: "KSCB" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["protocol"],
        comesAfter: "annual-protocol-review",
        notes:
          "The text is passive and names no one to do it; held as owed by both parties. The Council's constitution review belongs to the Council (usually its Monitoring Officer), which is not a board or post in this file, so no recipient is encoded.",
      },
      // 10 Resolution process
      {
        key: "resolution-through-chairs-and-officers",
        clause: "10.1",
        kind: "escalation",
        summary:
          "Where either board is concerned the protocol is not succeeding, seek resolution through communication between the chairs, the relevant Portfolio Holders, the DCS and the DPH",
        from: [{ board: "HWB" }, { board: "KSCB" }],
        to: [
          { post: "HWB-CHAIR" },
          { post: "KSCB-CHAIR" },
          { post: "PH-CHILDREN" },
          { post: "PH-PUBLIC-HEALTH" },
          { post: "DCS" },
          { post: "DPH" },
        ],
        cadence: {
          frequency: "as-needed",
          trigger:
            "Either Board is concerned that the protocol is not succeeding in ensuring strong partnership working for children",
        },
        modality: "should",
        notes:
          '"The relevant Portfolio Holders" is read as those for Children Services and for Public Health and Wellbeing, given the protocol\'s subject; the Portfolio Holder for Adult Social Care could be added where a concern touches adult services.',
      },
      // Appendix 1, 2: the detailed work of the KSCB
      {
        key: "kscb-consults-on-scrutiny-programme",
        clause: "App. 1 2.1(a)",
        kind: "consultation",
        summary:
          "Consult all stakeholders and interested parties, including the HWB, on the content of the KSCB's annual scrutiny programme",
        from: [{ board: "KSCB" }],
        to: [{ board: "HWB" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["scrutiny-programme"],
        notes:
          'The text says "all stakeholders and interested parties"; the HWB is the only one that is a board in this file. No month is stated; it falls before the programme is set.',
      },
      {
        key: "kscb-practitioner-presentations",
        clause: "App. 1 2.1(b)",
        kind: "review",
        summary: "Receive presentations from practitioners on critical areas of service delivery",
        from: [{ board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes: "No frequency is stated; held as standing (a recurring agenda item rather than a dated duty).",
      },
      {
        key: "kscb-scrutiny-visits",
        clause: "App. 1 2.1(c)",
        kind: "review",
        summary: "Undertake visits to practice settings to meet staff, volunteers, children and families",
        from: [{ board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes: "No frequency is stated; held as standing.",
      },
      {
        key: "kscb-in-depth-reviews",
        clause: "App. 1 2.1(d)",
        kind: "review",
        summary:
          "Undertake in-depth reviews of issues and concerns about the wellbeing of children in Knowsley and make recommendations to partner organisations",
        from: [{ board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes:
          "No frequency is stated; reviews are chosen by the KSCB (through its scrutiny programme), so held as standing.",
      },
      {
        key: "kscb-review-outcomes-inform-policies",
        clause: "App. 1 2.1(d)",
        kind: "plan",
        summary:
          "Use the outcome of each Board review to inform wider safeguarding policies and procedures across the borough",
        from: [{ board: "KSCB" }],
        cadence: { frequency: "on-event", trigger: "A Board review is completed" },
        modality: "will",
        documents: ["policies-and-procedures"],
        comesAfter: "kscb-in-depth-reviews",
      },
      {
        key: "kscb-mou-review-meetings",
        clause: "App. 1 2.1(e)",
        kind: "review",
        summary:
          "Meet the senior boards or elected members of partner and stakeholder organisations to review each organisation's Memorandum of Understanding with the KSCB",
        from: [{ board: "KSCB" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["memorandum-of-understanding"],
        notes:
          "No frequency is stated; read as annual, the KSCB's planning cycle. The counterparts are partner organisations' senior boards, which are not boards in this file, so no recipient is encoded.",
      },
      {
        key: "kscb-case-file-audits",
        clause: "App. 1 2.1(f)",
        kind: "review",
        summary:
          "Undertake regular multi-agency case file audits, including cases below the social care threshold, to identify practice and manage areas for improvement",
        from: [{ board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes: '"Regular" gives no frequency; held as standing rather than guessing a quarterly cycle.',
      },
      {
        key: "kscb-multi-agency-training-programme",
        clause: "App. 1 2.1(g)",
        kind: "plan",
        summary:
          "Develop and implement a multi-agency training programme based on learning from practice and case reviews, regularly evaluated for impact",
        from: [{ board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes: '"Regularly evaluated" gives no frequency; held as standing.',
      },
      {
        key: "kscb-collates-children-experience",
        clause: "App. 1 2.1(h)",
        kind: "consultation",
        summary:
          "Collate the experience of children and young people as a means of measuring and evaluating improvement",
        from: [{ board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "will",
      },
      {
        key: "kscb-evaluates-arrangements",
        clause: "App. 1 2.1(i)",
        kind: "review",
        summary:
          "Ensure there are mechanisms to evaluate the effectiveness of these arrangements and to identify and implement priorities for improvement",
        from: [{ board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes:
          'The item\'s grammar is broken ("for identifying priorities for improvement and implemented"); read as identifying and implementing priorities.',
      },
      {
        key: "kscb-adopts-good-practice",
        clause: "App. 1 2.1(j)",
        kind: "other",
        summary: "Learn from scrutiny and review activities and adopt and deliver the good practice they identify",
        from: [{ board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "will",
      },
      // Appendix 1, 3: the HWB's role in safeguarding
      {
        key: "hwb-safeguarding-cross-cutting",
        clause: "App. 1 3.1",
        kind: "other",
        summary:
          "Ensure safeguarding and child protection are cross-cutting themes in all the HWB's work, and promote this with partners",
        from: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
      },
      {
        key: "hwb-jsna-addresses-safeguarding",
        clause: "App. 1 3.2(a)",
        kind: "plan",
        summary:
          "Ensure safeguarding is holistically addressed in local needs assessments, including the JSNA, by considering and addressing the information the KSCB provides on safeguarding priorities",
        from: [{ board: "HWB" }],
        to: [{ board: "KSCB" }],
        cadence: {
          frequency: "on-event",
          trigger: "The HWB prepares or refreshes the JSNA or another local needs assessment",
        },
        modality: "will",
        documents: ["jsna"],
        comesAfter: "kscb-contributes-to-jsna",
        notes:
          'The KSCB\'s matching part ("expected to play an active role in the development of the JSNA") is the same duty as 5.1(b) and is held there.',
      },
      {
        key: "hwb-jhws-integrates-safeguarding",
        clause: "App. 1 3.2(b)",
        kind: "plan",
        summary: "Ensure safeguarding is integrated into the development of the Joint Health and Wellbeing Strategy",
        from: [{ board: "HWB" }],
        to: [{ board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["jhws"],
        notes: "Overlaps 5.1(a); kept because the appendix states it as its own commitment to the KSCB.",
      },
      {
        key: "hwb-encourages-safeguarding-in-commissioning",
        clause: "App. 1 3.3(a)",
        kind: "other",
        summary:
          "Encourage health and wellbeing partners to integrate safeguarding into commissioning arrangements at strategic and operational levels",
        from: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["commissioning-plan"],
      },
      {
        key: "hwb-encourages-safeguarding-in-partner-agendas",
        clause: "App. 1 3.3(b)",
        kind: "other",
        summary: "Encourage health and wellbeing partners to integrate safeguarding into their agendas",
        from: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
      },
      {
        key: "hwb-encourages-safeguarding-in-services",
        clause: "App. 1 3.3(c)",
        kind: "other",
        summary:
          "Encourage health and wellbeing partners to embed and integrate safeguarding into service arrangements",
        from: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
      },
      // Appendix 1, 4
      {
        key: "members-promote-safeguarding",
        clause: "App. 1 4.1",
        kind: "other",
        summary: "All members of both boards promote safeguarding and the protection of children and young people",
        from: [{ board: "HWB" }, { board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes:
          'A responsibility of every member, held against both boards. It also covers the DPH\'s "role in promoting safeguarding" in 6.3.',
      },
    ],
    membershipRules: [
      // The membership table (6.8)
      {
        key: "leader-chairs-ksb",
        clause: "6.8",
        summary: "The Leader of the Council chairs the Knowsley Strategic Board",
        subject: { post: "LEADER" },
        board: "KSB",
        capacity: "chair",
        modality: "will",
      },
      {
        key: "ph-children-observes-kscb",
        clause: "6.8",
        summary: "The Portfolio Holder for Children Services sits on the KSCB as a participant observer",
        subject: { post: "PH-CHILDREN" },
        board: "KSCB",
        capacity: "participant-observer",
        modality: "will",
      },
      {
        key: "ph-children-on-hwb",
        clause: "6.8",
        summary: "The Portfolio Holder for Children Services is a member of the HWB",
        subject: { post: "PH-CHILDREN" },
        board: "HWB",
        capacity: "member",
        modality: "will",
        notes: "6.5 restates this; held once.",
      },
      {
        key: "ph-children-on-ksb",
        clause: "6.8",
        summary: "The Portfolio Holder for Children Services is a member of the Knowsley Strategic Board",
        subject: { post: "PH-CHILDREN" },
        board: "KSB",
        capacity: "member",
        modality: "will",
      },
      {
        key: "kscb-chair-chairs-kscb",
        clause: "6.8",
        summary: "The KSCB Independent Chair chairs the KSCB",
        subject: { post: "KSCB-CHAIR" },
        board: "KSCB",
        capacity: "chair",
        modality: "will",
      },
      {
        key: "hwb-chair-chairs-hwb",
        clause: "6.8",
        summary: "The HWB Independent Chair chairs the HWB",
        subject: { post: "HWB-CHAIR" },
        board: "HWB",
        capacity: "chair",
        modality: "will",
        notes: 'The source splits this row over two lines ("HWB" then "Independent Chair"); read as one row.',
      },
      {
        key: "dcs-on-kscb",
        clause: "6.8",
        summary: "The Director of Children's Services is a member of the KSCB",
        subject: { post: "DCS" },
        board: "KSCB",
        capacity: "member",
        modality: "will",
        notes: 'The table marks a plain "x" with no capacity; held as member.',
      },
      {
        key: "dcs-on-hwb",
        clause: "6.8",
        summary: "The Director of Children's Services is a member of the HWB",
        subject: { post: "DCS" },
        board: "HWB",
        capacity: "member",
        modality: "will",
        notes:
          'The table marks a plain "x"; held as member, although s.194 of the 2012 Act makes the DCS a statutory member of the HWB.',
      },
      {
        key: "dcs-supports-ksb",
        clause: "6.8",
        summary: "The Director of Children's Services is a supporting officer to the Knowsley Strategic Board",
        subject: { post: "DCS" },
        board: "KSB",
        capacity: "supporting-officer",
        modality: "will",
      },
      {
        key: "dph-on-kscb",
        clause: "6.8",
        summary: "The Director of Public Health is a member of the KSCB",
        subject: { post: "DPH" },
        board: "KSCB",
        capacity: "member",
        modality: "will",
        notes: 'The table marks a plain "x" with no capacity; held as member.',
      },
      {
        key: "dph-on-hwb",
        clause: "6.8",
        summary: "The Director of Public Health is a member of the HWB",
        subject: { post: "DPH" },
        board: "HWB",
        capacity: "member",
        modality: "will",
        notes:
          'The table marks a plain "x"; held as member, although s.194 of the 2012 Act makes the DPH a statutory member of the HWB.',
      },
      {
        key: "dph-supports-ksb",
        clause: "6.8",
        summary: "The Director of Public Health is a supporting officer to the Knowsley Strategic Board",
        subject: { post: "DPH" },
        board: "KSB",
        capacity: "supporting-officer",
        modality: "will",
      },
      // The other portfolio holders (6.5)
      {
        key: "ph-public-health-on-hwb",
        clause: "6.5",
        summary: "The Portfolio Holder for Public Health and Wellbeing is represented on the HWB",
        subject: { post: "PH-PUBLIC-HEALTH" },
        board: "HWB",
        capacity: "member",
        modality: "will",
      },
      {
        key: "ph-adult-social-care-on-hwb",
        clause: "6.5",
        summary: "The Portfolio Holder for Adult Social Care is represented on the HWB",
        subject: { post: "PH-ADULT-SOCIAL-CARE" },
        board: "HWB",
        capacity: "member",
        modality: "will",
      },
      // NHS representation (6.9) and Healthwatch (4.1)
      {
        key: "icb-on-kscb",
        clause: "6.9",
        summary:
          "The NHS commissioner for Knowsley (then the CCG, now NHS Cheshire and Merseyside ICB) is represented on the KSCB",
        subject: { post: "ICB-PLACE-DIRECTOR" },
        board: "KSCB",
        modality: "will",
        notes:
          "The text names an organisation (Knowsley CCG), not a post. Knowsley CCG was replaced by NHS Cheshire and Merseyside ICB in July 2022; its representation is held against the ICB's Knowsley Place Director, a post created for this rule. No capacity is stated.",
      },
      {
        key: "icb-on-hwb",
        clause: "6.9",
        summary:
          "The NHS commissioner for Knowsley (then the CCG, now NHS Cheshire and Merseyside ICB) is represented on the HWB",
        subject: { post: "ICB-PLACE-DIRECTOR" },
        board: "HWB",
        modality: "will",
        notes:
          "As for the KSCB: the CCG's place is held by the ICB's Knowsley Place Director. 4.1 also lists senior CCG officers among HWB members.",
      },
      {
        key: "nhse-on-kscb",
        clause: "6.9",
        summary: "NHS England is represented on the KSCB",
        subject: { post: "NHSE-REP" },
        board: "KSCB",
        modality: "will",
        notes:
          "The text names an organisation, not a post; held against an NHS England representative post created for this rule. NHS England is being brought into the Department of Health and Social Care (announced 2025); the representation is kept as printed.",
      },
      {
        key: "nhse-on-hwb",
        clause: "6.9",
        summary: "NHS England is represented on the HWB",
        subject: { post: "NHSE-REP" },
        board: "HWB",
        modality: "will",
        notes: "As for the KSCB; 4.1 also lists NHS England officers among HWB members.",
      },
      {
        key: "healthwatch-on-hwb",
        clause: "4.1",
        summary: "A Healthwatch representative is a member of the HWB",
        subject: { post: "HEALTHWATCH-REP" },
        board: "HWB",
        modality: "must",
        notes:
          "4.1 cites s.194 of the 2012 Act, which makes local Healthwatch a statutory member; the post is created for this rule. The other members 4.1 lists (elected members, council, CCG and NHS England officers) are covered by 6.5, 6.8 and 6.9.",
      },
    ],
  },
});
