/**
 * The Danish words the users use (../shared/docs/DOMAIN.md) for the services' English enum values.
 * A value without a word here is shown as it is, so a new value is visible, not hidden.
 */
const words: Record<string, string> = {
  // course status and reasons
  OFFERED: 'Tilbudt', ACTIVE: 'Aktivt', CONSENT_WITHDRAWN: 'Samtykke trukket tilbage', CLOSED: 'Afsluttet',
  HIGH_SCHOOL_ABSENCE: 'Højt skolefravær', PROFESSIONAL_RISK_INDICATORS: 'Faglige risikotegn',
  LACK_OF_EXPECTED_PROGRESSION: 'Manglende forventet progression', CITIZEN_WISH: 'Borgerens eget ønske',
  // goal areas
  LIFE: 'Livet', EDUCATION: 'Uddannelse', JOB: 'Job', GENERAL_COMMUNITY: 'Almene fællesskaber',
  // attention and tasks
  NO_NEXT_MEETING: 'Intet næste møde', NEXT_MEETING_OVERDUE: 'Næste møde er overskredet', NEXT_MEETING_TOO_LATE: 'Næste møde ligger for sent',
  AGREEMENT_OVERDUE: 'Aftale ikke fulgt op', UPCOMING_TRANSITION: 'Overgang forude', ADULT_TRANSITION_UNPLANNED: 'Overgang til voksen ikke planlagt',
  DOUBLE_OFFER_UNACKNOWLEDGED: 'Dobbelttilbud ikke kvitteret',
  FIND_TOVHOLDER: 'Find en tovholder', HOLD_MEETING: 'Hold mødet', SCHEDULE_NEXT_MEETING: 'Planlæg næste møde',
  FOLLOW_UP_AGREEMENT: 'Følg op på aftale', ACKNOWLEDGE_DOUBLE_OFFER: 'Kvittér for dobbelttilbud', PLAN_ADULT_TRANSITION: 'Planlæg overgang til voksen',
  COMPLETE_TRANSITION: 'Gennemfør overgang', READ_UNDERRETNING: 'Læs underretning', REVIEW_BREAK_THE_GLASS: 'Gennemgå nødadgang',
  // progression
  ATTENDANCE: 'Fremmøde', WELL_BEING: 'Trivsel', MASTERY: 'Mestring', IMPULSE_CONTROL: 'Impulskontrol',
  // sub-goals
  OPEN: 'Åbent', ACHIEVED: 'Nået', NOT_ACHIEVED: 'Ikke nået', DROPPED: 'Droppet',
  // path stage
  ABSENCE: 'Fravær',
  // team roles
  CASEWORKER: 'Sagsbehandler', CITIZEN_COORDINATOR: 'Borgerkoordinator', TEACHER: 'Lærer', PEDAGOGUE: 'Pædagog', PSYCHOLOGIST: 'Psykolog',
  YOUTH_GUIDANCE_COUNSELLOR: 'UU-vejleder', JOB_CONSULTANT: 'Jobkonsulent', MENTOR: 'Mentor', HEALTH_PROFESSIONAL: 'Sundhedsperson',
  FAMILY_THERAPIST: 'Familieterapeut', SUBSTANCE_ABUSE_COUNSELLOR: 'Misbrugsbehandler', PARENT: 'Forælder', NETWORK_PERSON: 'Netværksperson', OTHER: 'Andet',
  // agreement parties
  YOUNG_PERSON: 'Den unge', TEAM_MEMBER: 'Teammedlem', UNIT: 'Enhed', GUARDIAN: 'Forælder/værge',
  // centres and affiliations
  C_BUR: 'Center for Børn, Unge og Rådgivning', C_ARB: 'Center for Arbejdsmarked', C_SS: 'Center for Social og Sundhed',
  C_SIK: 'Center for Skole, Institution og Kultur', EXTERNAL_ACTOR: 'Ekstern aktør', PRIVATE_NETWORK: 'Privat netværk',
  // transitions
  CHILD_TO_ADULT: 'Fra barn til voksen', GRADE_SCHOOL_TO_YOUTH_EDUCATION: 'Fra grundskole til ungdomsuddannelse', LEAVING_OFFER: 'Ud af et tilbud',
  LEAVING_COMMUNITY: 'Ud af et fællesskab',
  // underretninger
  SCHOOL: 'Skole', DAYCARE: 'Dagtilbud', PPR: 'PPR', POLICE: 'Politi', OWN_DOCTOR: 'Egen læge', HOSPITAL: 'Hospital', JOBCENTRE: 'Jobcenter',
  OTHER_MUNICIPALITY: 'Anden kommune', OTHER_PROFESSIONAL: 'Anden fagperson', PRIVATE_CITIZEN: 'Privatperson',
  VIOLENCE: 'Vold', SEXUAL_ABUSE: 'Seksuelle overgreb', NEGLECT: 'Omsorgssvigt', SUBSTANCE_USE: 'Misbrug', CRIME: 'Kriminalitet',
  MENTAL_HEALTH: 'Psykisk sundhed', HOUSING: 'Bolig',
  DIGITAL_FORM: 'Digital formular', EMAIL: 'E-mail', PHONE: 'Telefon', LETTER: 'Brev', IN_PERSON: 'Personligt fremmøde', SYSTEM_INTEGRATION: 'Systemintegration',
  NO_FURTHER_ACTION: 'Ingen yderligere handling', CHILD_WELFARE_INVESTIGATION: 'Børnefaglig undersøgelse',
  OFFER_COORDINATED_COURSE: 'Tilbud om sammenhængende forløb', INFORM_EXISTING_COURSE: 'Orienter eksisterende forløb',
  // offers
  INDIVIDUAL_SUPPORT: 'Individuel støtte', GROUP: 'Gruppeforløb', COMMUNITY_LEISURE: 'Fritid og fællesskab', COMPANY_ORIENTED: 'Virksomhedsrettet',
  TREATMENT: 'Behandling', GUIDANCE: 'Vejledning', SCHOOL_ATTENDANCE: 'Skolegang', LEARNING: 'Læring', FAMILY_SUPPORT: 'Familiestøtte',
  SOCIAL_NETWORK: 'Socialt netværk', EVERYDAY_MASTERY: 'Hverdagsmestring', EDUCATION_GUIDANCE: 'Uddannelsesvejledning', EMPLOYMENT: 'Beskæftigelse',
  PHYSICAL_HEALTH: 'Fysisk sundhed', ECONOMY: 'Økonomi', DRAFT: 'Kladde', PUBLISHED: 'Offentliggjort', SUSPENDED: 'Sat på pause', RETIRED: 'Udgået',
  GRADE_7_9_WITH_ABSENCE: 'Målgruppe 1: 7.–9. klasse med fravær', SUPPORT_TOWARDS_EDUCATION_OR_JOB: 'Målgruppe 2: støtte mod uddannelse eller job',
  UNEMPLOYED_AFTER_NON_QUALIFYING_EDUCATION: 'Målgruppe 3: ledig efter ikke-kompetencegivende uddannelse', OUTSIDE_TARGET_GROUP: 'Uden for målgrupperne',
  // trajectories
  GRADE_SCHOOL: 'Grundskole', YOUTH_EDUCATION: 'Ungdomsuddannelse', COMPLETED_YOUTH_EDUCATION: 'Gennemført ungdomsuddannelse',
  NEITHER_EDUCATION_NOR_JOB: 'Hverken uddannelse eller job', MOVED_AWAY: 'Fraflyttet',
  ALL: 'Alle', all: 'Alle', START_YEAR: 'Startår', TARGET_GROUP: 'Målgruppe', AGE_BAND: 'Aldersgruppe', FIRST_CENTRE: 'Første center', OFFER: 'Tilbud',
  OFFER_COMBINATION: 'Tilbudskombination', RUNNING: 'I gang', COMPLETED: 'Færdig', FAILED: 'Fejlet',
};

export function word(value: string | undefined | null): string {
  if (value === undefined || value === null) {
    return '';
  }
  return words[value] ?? value;
}

const dateFormat = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** A date (2026-12-07) or a moment, in Danish. */
export function date(value: string | undefined | null): string {
  if (!value) {
    return '';
  }
  return value.length <= 10 ? dateFormat.format(new Date(`${value}T12:00:00`)) : dateTimeFormat.format(new Date(value));
}

export function percent(share: number | undefined | null): string {
  return share === undefined || share === null ? '–' : `${(share * 100).toLocaleString('da-DK', { maximumFractionDigits: 1 })} %`;
}
