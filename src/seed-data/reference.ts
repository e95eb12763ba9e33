/**
 * Reference vocabularies held as data (DESIGN.md, "Today's structures"): board kinds, organisation
 * kinds and the documents duties are about. Adding an Integrated Care Partnership is a row here.
 */
export const boardKinds = [
  { key: "health-and-wellbeing-board", name: "Health and Wellbeing Board" },
  { key: "safeguarding-children-board", name: "Local Safeguarding Children Board" },
  { key: "safeguarding-children-partnership", name: "Safeguarding Children Partnership" },
  { key: "safeguarding-adults-board", name: "Safeguarding Adults Board" },
  { key: "childrens-trust", name: "Children's Trust" },
  { key: "childrens-partnership", name: "Children's partnership board" },
  { key: "strategic-partnership", name: "Strategic partnership board" },
  { key: "integrated-care-board", name: "Integrated Care Board" },
  { key: "integrated-care-partnership", name: "Integrated Care Partnership" },
  { key: "community-safety-partnership", name: "Community Safety Partnership" },
] as const;

export const organisationKinds = [
  { key: "local-authority", name: "Local authority" },
  { key: "clinical-commissioning-group", name: "Clinical Commissioning Group" },
  { key: "integrated-care-board", name: "Integrated Care Board" },
  { key: "nhs-england", name: "NHS England" },
  { key: "nhs-provider", name: "NHS provider trust" },
  { key: "police", name: "Police" },
  { key: "police-and-crime-commissioner", name: "Police and Crime Commissioner" },
  { key: "healthwatch", name: "Healthwatch" },
  { key: "probation", name: "Probation service" },
  { key: "education", name: "Schools and education" },
  { key: "voluntary-sector", name: "Voluntary and community sector" },
  { key: "independent", name: "Independent (no employing organisation)" },
] as const;

export const documentTypes = [
  { key: "jsna", name: "Joint Strategic Needs Assessment (JSNA)" },
  { key: "jhws", name: "Joint Health and Wellbeing Strategy (JHWS)" },
  { key: "cypp", name: "Children and Young People's Plan" },
  { key: "annual-report", name: "Annual report" },
  { key: "business-plan", name: "Business plan" },
  { key: "strategic-plan", name: "Strategic plan" },
  { key: "commissioning-plan", name: "Commissioning plan or intentions" },
  { key: "performance-data", name: "Performance information and data" },
  { key: "minutes", name: "Board minutes" },
  { key: "protocol", name: "The protocol itself" },
  { key: "pharmaceutical-needs-assessment", name: "Pharmaceutical Needs Assessment" },
  { key: "dph-annual-report", name: "Director of Public Health's annual report" },
  { key: "scrutiny-programme", name: "Annual scrutiny programme" },
  { key: "early-help-report", name: "Early help effectiveness report" },
  { key: "policies-and-procedures", name: "Safeguarding policies and procedures" },
  { key: "memorandum-of-understanding", name: "Memorandum of understanding" },
] as const;
