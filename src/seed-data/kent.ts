import { defineAreaSeed } from "@/lib/schemas/area-seed";

/**
 * Kent: protocol on the working arrangements between the Health and Wellbeing Board (HWB), the
 * Children's Health and Wellbeing Board (CHWB) and the Kent Safeguarding Children Board (KSCB).
 * Source: shared/seeds/000_d9e8c5a9995ebae3.txt. The text is undated and unsigned; it is loaded as
 * agreed with no approval date. People are fictional.
 */
export default defineAreaSeed({
  area: { slug: "kent", name: "Kent" },
  organisations: [
    { key: "kent-county-council", name: "Kent County Council", kind: "local-authority" },
    { key: "kent-medway-icb", name: "NHS Kent and Medway Integrated Care Board", kind: "integrated-care-board" },
    { key: "kent-police", name: "Kent Police", kind: "police" },
    { key: "healthwatch-kent", name: "Healthwatch Kent", kind: "healthwatch" },
    { key: "kent-schools", name: "Kent schools (headteacher representatives)", kind: "education" },
    { key: "independent", name: "Independent", kind: "independent" },
  ],
  boards: [
    {
      key: "HWB",
      name: "Kent Health and Wellbeing Board",
      acronym: "HWB",
      kind: "health-and-wellbeing-board",
      statutoryBasis: "Health and Social Care Act 2012, s.194",
      statutory: true,
      independentChair: false,
      secretariat: "kent-hwb-officer",
    },
    {
      key: "CHWB",
      name: "Kent Children's Health and Wellbeing Board",
      acronym: "CHWB",
      kind: "childrens-trust",
      statutoryBasis: "Children Act 2004, s.10",
      statutory: true,
      independentChair: false,
      secretariat: "kent-chwb-officer",
      notes:
        'Clause 2.1 says the CHWB "was created under the provision of section 10 of the Children Act 2004" and that all three bodies exist as a result of clear legal requirements; that basis and the statutory flag are kept as the text gives them. Section 10 places a duty on the council and its relevant partners to make arrangements to co-operate (the "children\'s trust" arrangements) rather than requiring a board as such, hence the kind childrens-trust. The CHWB reports into the HWB (2.3). The protocol\'s title calls it the "Kent Children\'s and Wellbeing Board"; the body of the text calls it the Children\'s Health and Wellbeing Board, which is the name used here.',
    },
    {
      key: "KSCB",
      name: "Kent Safeguarding Children Board",
      acronym: "KSCB",
      kind: "safeguarding-children-board",
      statutoryBasis: "Children Act 2004, s.11",
      statutory: true,
      independentChair: true,
      secretariat: "kent-kscb-officer",
      notes:
        "The statutory basis is kept as printed in clause 2.1 (section 11). Local Safeguarding Children Boards were in fact established under section 13 of the Children Act 2004; section 11 is the duty on agencies to safeguard and promote the welfare of children. Since the Children and Social Work Act 2017 reforms the KSCB has been replaced by the Kent Safeguarding Children Multi-Agency Partnership (KSCMP), led by the safeguarding partners (council, police, NHS); the protocol's name for the board is kept. The independent chair is named in clause 4.1.",
    },
  ],
  posts: [
    {
      key: "HWB-CHAIR",
      title: "Chair of the Health and Wellbeing Board",
      organisation: "kent-county-council",
      board: "HWB",
    },
    {
      key: "CHWB-CHAIR",
      title: "Chair of the Children's Health and Wellbeing Board",
      organisation: "kent-county-council",
      board: "CHWB",
    },
    { key: "KSCB-CHAIR", title: "Independent Chair of the KSCB", organisation: "independent", board: "KSCB" },
    { key: "LEADER", title: "Leader of Kent County Council", organisation: "kent-county-council" },
    {
      key: "LEAD-MEMBER-CHILDREN",
      title: "Cabinet Member for Children's Services (Lead Member for Children)",
      organisation: "kent-county-council",
    },
    { key: "DCS", title: "Director of Children's Services", organisation: "kent-county-council" },
    { key: "DPH", title: "Director of Public Health", organisation: "kent-county-council" },
  ],
  people: [
    { key: "kent-hwb-chair", name: "Councillor Rosalind Draftwell" },
    { key: "kent-leader", name: "Councillor Augustus Pretendon" },
    { key: "kent-lead-member-children", name: "Councillor Henrietta Trialby" },
    { key: "kent-kscb-chair", name: "Montgomery Specimen" },
    { key: "kent-dcs", name: "Philippa Proxyworth" },
    { key: "kent-dph", name: "Dr Alistair Dummyfield" },
    { key: "kent-icb", name: "Dr Cordelia Surrogate" },
    { key: "kent-police", name: "Detective Chief Superintendent Ignatius Hypothetico" },
    { key: "kent-healthwatch", name: "Geraldine Mockup" },
    { key: "kent-schools", name: "Fenella Provisional" },
    { key: "kent-hwb-officer", name: "Reginald Quorumby" },
    { key: "kent-chwb-officer", name: "Clementine Minutely" },
    { key: "kent-kscb-officer", name: "Wilhelmina Actionlog" },
  ],
  postHoldings: [
    { post: "HWB-CHAIR", person: "kent-hwb-chair", from: "2025-05-22" },
    { post: "LEADER", person: "kent-leader", from: "2025-05-22" },
    { post: "LEAD-MEMBER-CHILDREN", person: "kent-lead-member-children", from: "2025-05-22" },
    { post: "CHWB-CHAIR", person: "kent-lead-member-children", from: "2025-06-10" },
    { post: "KSCB-CHAIR", person: "kent-kscb-chair", from: "2023-10-02" },
    { post: "DCS", person: "kent-dcs", from: "2022-03-01" },
    { post: "DPH", person: "kent-dph", from: "2020-09-01" },
  ],
  memberships: [
    // Health and Wellbeing Board
    {
      person: "kent-hwb-chair",
      board: "HWB",
      capacity: "chair",
      representing: "kent-county-council",
      from: "2025-05-22",
    },
    {
      person: "kent-leader",
      board: "HWB",
      capacity: "member",
      representing: "kent-county-council",
      from: "2025-05-22",
    },
    {
      person: "kent-lead-member-children",
      board: "HWB",
      capacity: "member",
      representing: "kent-county-council",
      from: "2025-05-22",
    },
    {
      person: "kent-dcs",
      board: "HWB",
      capacity: "statutory-member",
      representing: "kent-county-council",
      from: "2022-03-01",
    },
    {
      person: "kent-dph",
      board: "HWB",
      capacity: "statutory-member",
      representing: "kent-county-council",
      from: "2020-09-01",
    },
    {
      person: "kent-icb",
      board: "HWB",
      capacity: "statutory-member",
      representing: "kent-medway-icb",
      from: "2022-07-01",
    },
    {
      person: "kent-healthwatch",
      board: "HWB",
      capacity: "statutory-member",
      representing: "healthwatch-kent",
      from: "2023-04-01",
    },
    // Children's Health and Wellbeing Board
    {
      person: "kent-lead-member-children",
      board: "CHWB",
      capacity: "chair",
      representing: "kent-county-council",
      from: "2025-06-10",
    },
    {
      person: "kent-kscb-chair",
      board: "CHWB",
      capacity: "member",
      representing: "independent",
      from: "2023-10-02",
      source: "3.5",
    },
    { person: "kent-dcs", board: "CHWB", capacity: "member", representing: "kent-county-council", from: "2022-03-01" },
    { person: "kent-dph", board: "CHWB", capacity: "member", representing: "kent-county-council", from: "2020-09-01" },
    { person: "kent-icb", board: "CHWB", capacity: "member", representing: "kent-medway-icb", from: "2022-07-01" },
    { person: "kent-schools", board: "CHWB", capacity: "member", representing: "kent-schools", from: "2024-09-01" },
    // Kent Safeguarding Children Board
    { person: "kent-kscb-chair", board: "KSCB", capacity: "chair", representing: "independent", from: "2023-10-02" },
    { person: "kent-dcs", board: "KSCB", capacity: "member", representing: "kent-county-council", from: "2022-03-01" },
    { person: "kent-icb", board: "KSCB", capacity: "member", representing: "kent-medway-icb", from: "2022-07-01" },
    { person: "kent-police", board: "KSCB", capacity: "member", representing: "kent-police", from: "2024-01-15" },
    { person: "kent-schools", board: "KSCB", capacity: "member", representing: "kent-schools", from: "2024-09-01" },
    {
      person: "kent-lead-member-children",
      board: "KSCB",
      capacity: "participant-observer",
      representing: "kent-county-council",
      from: "2025-05-22",
    },
  ],
  meetings: [
    { board: "HWB", date: "2026-04-22", location: "Sessions House, County Hall, Maidstone, Darent Room" },
    { board: "HWB", date: "2026-06-17", location: "Sessions House, County Hall, Maidstone, Darent Room" },
    { board: "HWB", date: "2026-07-22", location: "Sessions House, County Hall, Maidstone, Darent Room" },
    { board: "HWB", date: "2026-09-23", location: "Sessions House, County Hall, Maidstone, Darent Room" },
    { board: "HWB", date: "2026-11-25", location: "Sessions House, County Hall, Maidstone, Darent Room" },
    { board: "HWB", date: "2027-01-27", location: "Sessions House, County Hall, Maidstone, Darent Room" },
    { board: "HWB", date: "2027-03-24", location: "Sessions House, County Hall, Maidstone, Darent Room" },
    {
      board: "CHWB",
      date: "2026-04-14",
      startTime: "10:00",
      location: "Sessions House, County Hall, Maidstone, Medway Room",
    },
    {
      board: "CHWB",
      date: "2026-06-09",
      startTime: "10:00",
      location: "Sessions House, County Hall, Maidstone, Medway Room",
    },
    {
      board: "CHWB",
      date: "2026-07-14",
      startTime: "10:00",
      location: "Sessions House, County Hall, Maidstone, Medway Room",
    },
    {
      board: "CHWB",
      date: "2026-09-15",
      startTime: "10:00",
      location: "Sessions House, County Hall, Maidstone, Medway Room",
    },
    {
      board: "CHWB",
      date: "2026-11-10",
      startTime: "10:00",
      location: "Sessions House, County Hall, Maidstone, Medway Room",
    },
    {
      board: "CHWB",
      date: "2027-01-12",
      startTime: "10:00",
      location: "Sessions House, County Hall, Maidstone, Medway Room",
    },
    {
      board: "CHWB",
      date: "2027-03-09",
      startTime: "10:00",
      location: "Sessions House, County Hall, Maidstone, Medway Room",
    },
    { board: "KSCB", date: "2026-04-09", startTime: "10:00", location: "Oakwood House, Maidstone" },
    { board: "KSCB", date: "2026-05-21", startTime: "10:00", location: "Oakwood House, Maidstone" },
    { board: "KSCB", date: "2026-07-09", startTime: "10:00", location: "Oakwood House, Maidstone" },
    { board: "KSCB", date: "2026-09-10", startTime: "10:00", location: "Oakwood House, Maidstone" },
    { board: "KSCB", date: "2026-11-19", startTime: "10:00", location: "Oakwood House, Maidstone" },
    { board: "KSCB", date: "2027-01-21", startTime: "10:00", location: "Oakwood House, Maidstone" },
    { board: "KSCB", date: "2027-03-18", startTime: "10:00", location: "Oakwood House, Maidstone" },
  ],
  protocol: {
    key: "kent-hwb-chwb-kscb",
    title:
      "Protocol on the working arrangements between the Kent Health and Wellbeing Board, Kent Children’s and Wellbeing Board and Kent Safeguarding Children Board",
    version: "1",
    status: "agreed",
    approvedOn: null,
    sourceDocument: "000_d9e8c5a9995ebae3.txt",
    notes:
      "The text carries no date, version or signatures; loaded as agreed, version 1, with no approval date and no sign-offs. The printed title reads \"BETWWEN\" and \"Kent Children’s and Wellbeing Board\"; the misspelling is corrected in the title above, the board's name is kept as printed, and the body of the text (1.1) calls it the Children's Health and Wellbeing Board. Sections 1 and 2 state purpose, principles and each board's functions; the only inter-board duty in them is the CHWB's reporting line into the HWB (2.3), encoded as a standing duty. The functions described in 2.2 and 2.4 and the CHWB's advice and recommendations in 2.3 are restated as duties in 3.4 to 3.6 and are encoded there. The text dates from the era of Clinical Commissioning Groups and LSCBs: the NHS partner is now NHS Kent and Medway Integrated Care Board, and the KSCB's duties now sit with the Kent Safeguarding Children Multi-Agency Partnership; the protocol's names for the boards are kept.",
    parties: [{ board: "HWB" }, { board: "CHWB" }, { board: "KSCB" }],
    // 4.1: a significant concern that cannot be resolved under the protocol goes to a strategy meeting of
    // the three chairs, the Director of Children's Services and any other senior person required.
    resolutionRoute: ["Strategy meeting of the KSCB, CHWB and HWB chairs with the Director of Children's Services"],
    clauses: [
      {
        ref: "1.1",
        heading: "Purpose",
        text: "This document sets out the working arrangements between the Kent Health and Wellbeing Board (HWB), Kent Children’s Health and Wellbeing Board (CHWB) and Kent Safeguarding Children Board (KSCB).",
      },
      {
        ref: "1.2",
        heading: "Purpose",
        text: "The aim of this protocol is to support all three partnerships to operate effectively, being clear about their respective functions; inter-relationships; and the roles and responsibilities of all those involved in promoting and maintaining the health and wellbeing of children and in keeping children safe. This is essential in order to maximise the safeguarding of children and young people, to avoid the duplication of work and to ensure there are no preventable strategic or operational gaps in safeguarding policies, services or practice.",
      },
      {
        ref: "2.1",
        heading: "Principles and Functions",
        text: "The HWB, CHWB and KSCB have distinctive and complementary roles in maintaining the health and wellbeing of children and keeping children safe. All three bodies exist as a result clear legal requirements: the HWB was established by virtue of section 194 of the Health and Social Care Act 2012; the CHWB was created under the provision of section 10 of the Children Act 2004 and the KSCB is a statutory partnership body created under the provision of section 11 of the Children Act 2004.",
      },
      {
        ref: "2.2",
        heading: "Principles and Functions",
        text: "The Kent HWB provides leadership, ownership and directs on work to improve the health and wellbeing of all the people of Kent through joined up commissioning across the NHS, social care, public health and other services (that the HWB agrees are directly related to health and wellbeing) in order to secure better health and wellbeing outcomes across the county; to reduce health inequalities; and to ensure better quality of care for all patients and care users be they adults or children.",
      },
      {
        ref: "2.3",
        heading: "Principles and Functions",
        text: "The CHWB works to promote cooperation between the local authority, relevant partners and other bodies working with children in order to improve the health and wellbeing of all children and young people in the local authority area. The Board advises and advocates on key policy and commissioning issues and makes recommendations for service integration and joint commissioning arrangements that address the needs of the most disadvantaged children. The Board reports into the Kent Health and Wellbeing Board.",
      },
      {
        ref: "2.4",
        heading: "Principles and Functions",
        text: "The KSCB is responsible for ensuring that partner agencies with statutory responsibilities are appropriately safeguarding the children and young people of Kent and are actively promoting their welfare. The Board verifies that all responsible agencies are working together collectively in order to protect vulnerable children/children at risk of abuse and neglect, and to make certain that the right resources are in place in order to meet their needs. The KSCB sets the performance, policy and strategic priorities for partnership working, and its membership comprises of senior representatives from all agencies responsible for child protection arrangements in the county.",
      },
      {
        ref: "3.1",
        heading: "Working Relationships",
        text: "The HWB, CHWB and KSCB have a shared commitment to ensuring that safeguarding and the promotion of the welfare of children is a priority in Kent, being mindful of the importance of the child’s voice in this process.",
      },
      {
        ref: "3.2",
        heading: "Working Relationships",
        text: "The Boards will have an ongoing and direct relationship, communicating regularly through identified channels/lead individuals, and will be open to constructive challenge in order to promote continuous improvement in safeguarding practice and outcomes.",
      },
      {
        ref: "3.3",
        heading: "Working Relationships",
        text: "The Boards commit to work together to ensure effective local partnership arrangements with the appropriate governance which are focused on contributing to protecting children from harm and on promoting their health and wellbeing.",
      },
      {
        ref: "3.4",
        heading: "Working Relationships",
        text: "In relation to respective roles and responsibilities:\nThe HWB will:\n- Consider the totality of the resources in Kent for health and wellbeing and consider how and where investment in health improvement and prevention services could improve the health of children and young people, alongside the overall health and wellbeing of Kent’s residents.\n- Ensure that the CHWB and KSCB are formally consulted in relation to the Joint Strategic Needs Assessment (JSNA) and formulation of the Joint Health and Wellbeing Strategy (JHWS), specifically on issues which affect the welfare of vulnerable children/children at risk of abuse or neglect.\n- Ensure that the advice and information provided by the CHWB and the KSCB is appropriately disseminated within the HWB member organisations and considered as part of the development of the JHWS.",
      },
      {
        ref: "3.5",
        heading: "Working Relationships",
        text: "The CHWB will:\n- Provide a strong influence on children’ health and wellbeing issues, advising and advocating on key policy and commissioning issues across the county in consultation with the KSCB.\n- Deliver an informed and balanced report to the HWB annually (and at other reporting cycles agreed between them) on progress in relation to the health and wellbeing of children and young people in Kent. Make recommendations for service integration and for joint commissioning arrangements that address the needs of the most disadvantaged children and young people, if required in collaboration with the KSCB.\n- Offer expert advice to the HWB on the development of the JSNA (particularly relevant needs assessment), JHWS and appropriate commissioning plans with a focus on the health needs of children and young people.\n- Take note of the recommendations and identified areas for improvement made by the KSCB in their annual report, and report back to the KSCB on subsequent progress.\n- The Chair of the KSCB will be a member of the CHWB.",
      },
      {
        ref: "3.6",
        heading: "Working Relationships",
        text: "The KSCB will:\n- Provide an annual report to the CHWB and HWB on local safeguarding arrangements and its findings relating to the monitoring/scrutiny of those arrangements.\n- Contribute to the development and review of the children and young people’s strategic plan, with a focus on safeguarding issues.\n- Provide overarching safeguarding guidance and, if necessary, challenge in relation to the implementation of actions and outcomes for children.\n- Influence and promote safeguarding within new service developments via agreed members with designated safeguarding responsibilities.\n- Annually scrutinise plans and documents to ensure the safeguarding of children is appropriately addressed.\n- Undertake specific work in relation to child protection priorities as agreed between Boards.\n- Contribute to the development of local performance indicators in relation to child protection outcomes.",
      },
      {
        ref: "4.1",
        heading: "Evaluation and Review",
        text: "If there are any areas of significant concern that cannot be resolved in accordance with this Protocol then a strategy meeting will be held between the Independent Chair of the KSCB, Chair of the CHWB, Chair of the HWB, the Director of Children’s Services and any other senior person that is regarded as being required.",
      },
      {
        ref: "4.2",
        heading: "Evaluation and Review",
        text: "The HWB, CHWB and KSCB should review the implementation of this Protocol annually (in April), with variations discussed and agreed as appropriate by all three Boards.",
      },
    ],
    obligations: [
      // 2.3: the CHWB's reporting line
      {
        key: "chwb-reports-into-hwb",
        clause: "2.3",
        kind: "report",
        summary: "The CHWB reports into the Kent Health and Wellbeing Board",
        from: [{ board: "CHWB" }],
        to: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes:
          'Stated as a present-tense description of the governance line ("The Board reports into"), read as "will". The dated instance of this line is the annual report in 3.5 (chwb-annual-report-to-hwb); the rest of 2.3 (advice, advocacy, recommendations) is restated in 3.5 and encoded there.',
      },
      // 3.1 to 3.3: shared commitments
      {
        key: "safeguarding-a-shared-priority",
        clause: "3.1",
        kind: "other",
        summary:
          "Ensure that safeguarding and promoting the welfare of children is a priority in Kent, mindful of the importance of the child's voice",
        from: [{ board: "HWB" }, { board: "CHWB" }, { board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes:
          'Worded as a shared commitment ("have a shared commitment to"); read as a continuing duty of all three boards.',
      },
      {
        key: "communicate-regularly",
        clause: "3.2",
        kind: "information-sharing",
        summary:
          "Keep an ongoing and direct relationship, communicating regularly through identified channels and lead individuals",
        from: [{ board: "HWB" }, { board: "CHWB" }, { board: "KSCB" }],
        to: [],
        cadence: { frequency: "standing" },
        modality: "will",
        notes:
          '"Regularly" is not defined and the channels and lead individuals are not identified in the text, so no dated occurrences are generated. The duty runs between all three boards; each is both giver and receiver, so no separate recipients are listed.',
      },
      {
        key: "open-to-constructive-challenge",
        clause: "3.2",
        kind: "escalation",
        summary:
          "Be open to constructive challenge from the other boards to promote continuous improvement in safeguarding practice and outcomes",
        from: [{ board: "HWB" }, { board: "CHWB" }, { board: "KSCB" }],
        to: [],
        cadence: {
          frequency: "as-needed",
          trigger: "One board challenges another on safeguarding practice or outcomes",
        },
        modality: "will",
        notes:
          "Read as the mutual challenge route between the three boards: any board may challenge any other, and the challenged board will engage. No recipients are listed because the route runs in every direction; logging a challenge records who raised it and with whom. The KSCB's own challenge role is 3.6 (kscb-challenge-on-implementation); unresolved concerns go to the strategy meeting in 4.1.",
      },
      {
        key: "effective-partnership-arrangements",
        clause: "3.3",
        kind: "other",
        summary:
          "Work together to ensure effective local partnership arrangements, with appropriate governance, focused on protecting children from harm and promoting their health and wellbeing",
        from: [{ board: "HWB" }, { board: "CHWB" }, { board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes: 'Worded as "commit to"; read as a continuing duty of all three boards.',
      },
      // 3.4: the HWB
      {
        key: "hwb-considers-resources-for-children",
        clause: "3.4",
        kind: "plan",
        summary:
          "Consider the totality of Kent's resources for health and wellbeing, and how and where investment in health improvement and prevention services could improve the health of children and young people",
        from: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["commissioning-plan"],
        notes:
          "No timing is stated; read as a continuing duty that informs the HWB's commissioning and investment decisions.",
      },
      {
        key: "hwb-consults-on-jsna",
        clause: "3.4",
        kind: "consultation",
        summary:
          "Formally consult the CHWB and the KSCB on the Joint Strategic Needs Assessment, specifically on issues affecting the welfare of vulnerable children and children at risk of abuse or neglect",
        from: [{ board: "HWB" }],
        to: [{ board: "CHWB" }, { board: "KSCB" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["jsna"],
        notes:
          'One bullet covers both the JSNA and the formulation of the JHWS; they follow different cycles, so they are encoded as two duties (see hwb-consults-on-jhws). No timing is stated for the JSNA; read as once a year, when the JSNA is refreshed. "Ensure that ... are formally consulted" is read as the HWB consulting both boards; each board is consulted separately, so there is one calendar item per recipient.',
      },
      {
        key: "hwb-consults-on-jhws",
        clause: "3.4",
        kind: "consultation",
        summary:
          "Formally consult the CHWB and the KSCB on the formulation of the Joint Health and Wellbeing Strategy, specifically on issues affecting the welfare of vulnerable children and children at risk of abuse or neglect",
        from: [{ board: "HWB" }],
        to: [{ board: "CHWB" }, { board: "KSCB" }],
        cadence: {
          frequency: "on-event",
          trigger: "The HWB is formulating or refreshing the Joint Health and Wellbeing Strategy",
        },
        modality: "will",
        documents: ["jhws"],
        notes:
          "The second half of the JSNA/JHWS bullet. A strategy is formulated every few years rather than annually, so the duty is on-event: it arises when the JHWS is being formulated.",
      },
      {
        key: "hwb-disseminates-advice",
        clause: "3.4",
        kind: "information-sharing",
        summary:
          "Ensure that advice and information provided by the CHWB and the KSCB is appropriately disseminated within the HWB member organisations",
        from: [{ board: "HWB" }],
        to: [],
        cadence: { frequency: "on-event", trigger: "The CHWB or the KSCB provides advice or information to the HWB" },
        modality: "will",
        notes:
          "The third bullet has two distinct actions (dissemination, and consideration in the JHWS); encoded as two duties. The recipients are the HWB's member organisations, which are not parties to the protocol, so none are listed.",
      },
      {
        key: "hwb-considers-advice-in-jhws",
        clause: "3.4",
        kind: "plan",
        summary:
          "Consider the advice and information provided by the CHWB and the KSCB as part of the development of the JHWS",
        from: [{ board: "HWB" }],
        cadence: { frequency: "on-event", trigger: "The HWB is developing the Joint Health and Wellbeing Strategy" },
        modality: "will",
        documents: ["jhws"],
        comesAfter: "chwb-expert-advice-to-hwb",
        notes:
          "Follows the CHWB's expert advice (3.5); the KSCB's input (3.6, safeguarding guidance) feeds it too, but only one preceding duty can be recorded.",
      },
      // 3.5: the CHWB
      {
        key: "chwb-advises-in-consultation-with-kscb",
        clause: "3.5",
        kind: "consultation",
        summary:
          "Provide a strong influence on children's health and wellbeing, advising and advocating on key policy and commissioning issues across the county in consultation with the KSCB",
        from: [{ board: "CHWB" }],
        to: [{ board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["commissioning-plan"],
        notes:
          "The KSCB is listed as the recipient because it is the board the CHWB consults; the bodies the CHWB advises are not named (read as the HWB and commissioners across the county). No timing is stated; a continuing duty.",
      },
      {
        key: "chwb-annual-report-to-hwb",
        clause: "3.5",
        kind: "report",
        summary:
          "Deliver an informed and balanced report to the HWB on progress in relation to the health and wellbeing of children and young people in Kent",
        from: [{ board: "CHWB" }],
        to: [{ board: "HWB" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["annual-report"],
        notes:
          '"Annually" with no month given: any time in the year. The text adds "(and at other reporting cycles agreed between them)"; no such cycles are stated, so only the annual report is encoded. Any further cycles the CHWB and HWB agree should be added as separate duties (e.g. six-monthly) citing 3.5.',
      },
      {
        key: "chwb-recommendations-to-hwb",
        clause: "3.5",
        kind: "report",
        summary:
          "Make recommendations for service integration and joint commissioning arrangements that address the needs of the most disadvantaged children and young people, if required in collaboration with the KSCB",
        from: [{ board: "CHWB" }],
        to: [{ board: "HWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        documents: ["commissioning-plan"],
        notes:
          'Second sentence of the annual-report bullet, read as a separate, continuing duty; recommendations would normally travel with the annual report but are not limited to it. The recipient is not named; read as the HWB, into which the CHWB reports (2.3). "If required in collaboration with the KSCB" is read as the KSCB joining when needed, so the KSCB is not listed as a party owing the duty.',
      },
      {
        key: "chwb-expert-advice-to-hwb",
        clause: "3.5",
        kind: "consultation",
        summary:
          "Offer expert advice to the HWB on the development of the JSNA (particularly relevant needs assessment), the JHWS and commissioning plans, with a focus on the health needs of children and young people",
        from: [{ board: "CHWB" }],
        to: [{ board: "HWB" }],
        cadence: { frequency: "on-event", trigger: "The HWB is developing the JSNA, the JHWS or a commissioning plan" },
        modality: "will",
        documents: ["jsna", "jhws", "commissioning-plan"],
        comesAfter: "hwb-consults-on-jsna",
        notes:
          "The CHWB's side of the HWB's consultation in 3.4; no timing of its own is stated, so it arises when the HWB develops one of the documents (for the JSNA, after the HWB consults).",
      },
      {
        key: "chwb-notes-kscb-recommendations",
        clause: "3.5",
        kind: "review",
        summary:
          "Take note of the recommendations and identified areas for improvement made by the KSCB in its annual report",
        from: [{ board: "CHWB" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["annual-report"],
        comesAfter: "kscb-annual-report",
        notes:
          "The fourth bullet has two actions (take note; report back); encoded as two duties. Taking note happens at a CHWB meeting once the KSCB annual report has been received, so it is annual and follows kscb-annual-report.",
      },
      {
        key: "chwb-reports-progress-to-kscb",
        clause: "3.5",
        kind: "report",
        summary:
          "Report back to the KSCB on progress against the recommendations and areas for improvement in the KSCB annual report",
        from: [{ board: "CHWB" }],
        to: [{ board: "KSCB" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["annual-report"],
        comesAfter: "kscb-annual-report",
        notes:
          '"Report back ... on subsequent progress" gives no timing; read as once a year, after each KSCB annual report. Where the KSCB report lands late in the cycle, the report back may fall in the following cycle.',
      },
      // 3.6: the KSCB
      {
        key: "kscb-annual-report",
        clause: "3.6",
        kind: "report",
        summary:
          "Provide an annual report to the CHWB and the HWB on local safeguarding arrangements and the findings of their monitoring and scrutiny",
        from: [{ board: "KSCB" }],
        to: [{ board: "CHWB" }, { board: "HWB" }],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["annual-report"],
        notes:
          "No month is given: any time in the year. Presented and minuted separately at each board, so one calendar item per recipient. Today the safeguarding partners publish a yearly report under Working Together; the duty is kept as the protocol states it.",
      },
      {
        key: "kscb-contributes-to-cyp-plan",
        clause: "3.6",
        kind: "consultation",
        summary:
          "Contribute to the development and review of the children and young people's strategic plan, with a focus on safeguarding issues",
        from: [{ board: "KSCB" }],
        to: [{ board: "CHWB" }],
        cadence: {
          frequency: "on-event",
          trigger: "The children and young people's strategic plan is being developed or reviewed",
        },
        modality: "will",
        documents: ["cypp"],
        notes:
          "The text does not say which board owns the children and young people's strategic plan; read as the CHWB, which runs the section 10 co-operation arrangements (2.1, 2.3). No timing is stated; the duty arises when the plan is developed or reviewed.",
      },
      {
        key: "kscb-safeguarding-guidance",
        clause: "3.6",
        kind: "other",
        summary: "Provide overarching safeguarding guidance on the implementation of actions and outcomes for children",
        from: [{ board: "KSCB" }],
        to: [{ board: "HWB" }, { board: "CHWB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes:
          "The third bullet has two duties (guidance; challenge if necessary); encoded separately. The recipients are not named; read as the other two boards (and through them their partner agencies).",
      },
      {
        key: "kscb-challenge-on-implementation",
        clause: "3.6",
        kind: "escalation",
        summary: "If necessary, challenge the other boards on the implementation of actions and outcomes for children",
        from: [{ board: "KSCB" }],
        to: [{ board: "HWB" }, { board: "CHWB" }],
        cadence: {
          frequency: "as-needed",
          trigger: "The KSCB judges that implementation of actions or outcomes for children needs challenge",
        },
        modality: "will",
        notes:
          '"If necessary" makes this an as-needed duty. Recipients read as the HWB and CHWB; the challenge may also be directed at partner agencies. A concern that the challenge does not resolve goes to the strategy meeting in 4.1.',
      },
      {
        key: "kscb-influences-new-services",
        clause: "3.6",
        kind: "other",
        summary:
          "Influence and promote safeguarding within new service developments, through agreed members with designated safeguarding responsibilities",
        from: [{ board: "KSCB" }],
        cadence: { frequency: "standing" },
        modality: "will",
        notes:
          'The "agreed members with designated safeguarding responsibilities" are not named in the text, so no post is linked; a continuing duty with no dated occurrences.',
      },
      {
        key: "kscb-annual-scrutiny-of-plans",
        clause: "3.6",
        kind: "review",
        summary:
          "Annually scrutinise plans and documents to ensure the safeguarding of children is appropriately addressed",
        from: [{ board: "KSCB" }],
        to: [],
        cadence: { frequency: "annual", window: null },
        modality: "will",
        documents: ["jhws", "cypp", "commissioning-plan"],
        notes:
          "The plans and documents are not named; read as the partners' strategic and commissioning plans (the JHWS, the children and young people's plan, commissioning plans). No month is given. The scrutiny takes place at the KSCB's own meetings, so no recipient is listed; findings reach the other boards through the annual report and challenge.",
      },
      {
        key: "kscb-specific-child-protection-work",
        clause: "3.6",
        kind: "other",
        summary: "Undertake specific work on child protection priorities as agreed between the boards",
        from: [{ board: "KSCB" }],
        to: [],
        cadence: {
          frequency: "on-event",
          trigger: "The boards agree specific work on child protection priorities for the KSCB",
        },
        modality: "will",
        notes:
          '"As agreed between Boards" is read as the trigger: the duty arises when the boards agree a piece of work; which boards commission it and whom it reports to are settled in that agreement.',
      },
      {
        key: "kscb-contributes-to-performance-indicators",
        clause: "3.6",
        kind: "consultation",
        summary: "Contribute to the development of local performance indicators for child protection outcomes",
        from: [{ board: "KSCB" }],
        to: [],
        cadence: {
          frequency: "on-event",
          trigger: "Local performance indicators for child protection outcomes are being developed",
        },
        modality: "will",
        documents: ["performance-data"],
        notes: "The text does not say whose indicators they are, so no recipient is listed; no timing is stated.",
      },
      // 4.1 and 4.2: resolution and review
      {
        key: "strategy-meeting-on-unresolved-concern",
        clause: "4.1",
        kind: "escalation",
        summary:
          "Hold a strategy meeting of the Independent Chair of the KSCB, the Chair of the CHWB, the Chair of the HWB, the Director of Children's Services and any other senior person required, on an area of significant concern that cannot be resolved under the protocol",
        from: [{ post: "KSCB-CHAIR" }, { post: "CHWB-CHAIR" }, { post: "HWB-CHAIR" }, { post: "DCS" }],
        to: [],
        cadence: {
          frequency: "as-needed",
          trigger: "An area of significant concern cannot be resolved in accordance with the protocol",
        },
        modality: "will",
        notes:
          'The resolution route of last resort; encoded as an escalation, held as a strategy meeting among the named post holders, who are all listed as owing it (no separate recipient). "Any other senior person that is regarded as being required" is invited case by case and cannot be encoded as a party. Who convenes the meeting is not said.',
      },
      {
        key: "annual-protocol-review",
        clause: "4.2",
        kind: "review",
        summary: "Review the implementation of the protocol each April",
        from: [{ board: "HWB" }, { board: "CHWB" }, { board: "KSCB" }],
        cadence: { frequency: "annual", window: { fromMonth: 4, toMonth: 4 } },
        modality: "should",
        documents: ["protocol"],
        notes:
          '"Annually (in April)": a window of April only, at the start of the reporting year. Read as a joint review by all three boards; each board\'s April meeting is where it falls.',
      },
      {
        key: "agree-protocol-variations",
        clause: "4.2",
        kind: "review",
        summary: "Discuss and agree variations to the protocol as appropriate, by all three boards",
        from: [{ board: "HWB" }, { board: "CHWB" }, { board: "KSCB" }],
        cadence: {
          frequency: "on-event",
          trigger: "A variation to the protocol is proposed, normally arising from the April review",
        },
        modality: "should",
        documents: ["protocol"],
        comesAfter: "annual-protocol-review",
        notes:
          "A variation needs the agreement of all three boards; a variation may be proposed outside the April review, so the duty is on-event rather than tied to April.",
      },
    ],
    membershipRules: [
      {
        key: "kscb-chair-on-chwb",
        clause: "3.5",
        summary: "The Chair of the KSCB is a member of the CHWB",
        subject: { board: "KSCB", capacity: "chair" },
        board: "CHWB",
        modality: "will",
        notes: "Whoever chairs the KSCB (its Independent Chair, 4.1), in any capacity on the CHWB.",
      },
    ],
  },
});
