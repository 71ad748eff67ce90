/**
 * The directory's fixed vocabularies with their names in fi, sv and en: plain objects, no zod, so
 * the widgets can show them without the contract's schemas in the browser bundle.
 */

export interface Label {
  fi: string;
  sv: string;
  en: string;
}

/** Who a service is for. */
export const targetGroupLabels = {
  memory_disorders: {
    fi: 'Muistisairaat ja heidän läheisensä',
    sv: 'Personer med minnessjukdom och deras närstående',
    en: 'People with memory disorders and their families',
  },
  mental_health: {
    fi: 'Mielenterveyden tuki',
    sv: 'Stöd för psykisk hälsa',
    en: 'Mental health',
  },
  substance_use: {
    fi: 'Päihteet ja riippuvuudet',
    sv: 'Missbruk och beroenden',
    en: 'Substance use and addiction',
  },
  disability: {
    fi: 'Vammaiset henkilöt',
    sv: 'Personer med funktionsnedsättning',
    en: 'People with disabilities',
  },
  chronic_illness: {
    fi: 'Pitkäaikaissairaat',
    sv: 'Långtidssjuka',
    en: 'People with long-term illness',
  },
  families: {
    fi: 'Lapsiperheet',
    sv: 'Barnfamiljer',
    en: 'Families with children',
  },
  children_and_youth: {
    fi: 'Lapset ja nuoret',
    sv: 'Barn och unga',
    en: 'Children and young people',
  },
  older_people: {
    fi: 'Ikääntyneet',
    sv: 'Äldre',
    en: 'Older people',
  },
  immigrants: {
    fi: 'Maahanmuuttajat',
    sv: 'Invandrare',
    en: 'Immigrants',
  },
  carers: {
    fi: 'Omaishoitajat ja läheiset',
    sv: 'Närståendevårdare och anhöriga',
    en: 'Carers and relatives',
  },
  unemployed: {
    fi: 'Työttömät',
    sv: 'Arbetslösa',
    en: 'Unemployed people',
  },
  everyone: {
    fi: 'Kaikki',
    sv: 'Alla',
    en: 'Everyone',
  },
} as const satisfies Record<string, Label>;

/** What a service does (the hyvinvointitarjotin's categories of activity). */
export const themeLabels = {
  peer_support: { fi: 'Vertaistuki', sv: 'Kamratstöd', en: 'Peer support' },
  experts_by_experience: {
    fi: 'Kokemusasiantuntijuus',
    sv: 'Erfarenhetsexpertis',
    en: 'Experts by experience',
  },
  guidance: {
    fi: 'Ohjaus ja neuvonta',
    sv: 'Handledning och rådgivning',
    en: 'Guidance and advice',
  },
  crisis_help: { fi: 'Kriisiapu', sv: 'Krishjälp', en: 'Crisis help' },
  carer_support: {
    fi: 'Läheisen ja omaishoitajan tuki',
    sv: 'Stöd för anhöriga och närståendevårdare',
    en: 'Support for relatives and carers',
  },
  rehabilitation: { fi: 'Kuntoutus', sv: 'Rehabilitering', en: 'Rehabilitation' },
  exercise: { fi: 'Liikunta', sv: 'Motion', en: 'Exercise' },
  nutrition: { fi: 'Ravitsemus', sv: 'Näring', en: 'Nutrition' },
  hobbies: { fi: 'Harrastetoiminta', sv: 'Fritidsverksamhet', en: 'Hobbies' },
  meeting_place: {
    fi: 'Avoin kohtaamispaikka',
    sv: 'Öppen mötesplats',
    en: 'Open meeting place',
  },
  volunteering: { fi: 'Vapaaehtoistoiminta', sv: 'Frivilligverksamhet', en: 'Volunteering' },
  housing_and_money: {
    fi: 'Asuminen ja talous',
    sv: 'Boende och ekonomi',
    en: 'Housing and money',
  },
} as const satisfies Record<string, Label>;

/** Languages a service is offered in. */
export const languageLabels = {
  fi: { fi: 'suomi', sv: 'finska', en: 'Finnish' },
  sv: { fi: 'ruotsi', sv: 'svenska', en: 'Swedish' },
  en: { fi: 'englanti', sv: 'engelska', en: 'English' },
  se: { fi: 'saame', sv: 'samiska', en: 'Sámi' },
  fse: { fi: 'suomalainen viittomakieli', sv: 'finskt teckenspråk', en: 'Finnish Sign Language' },
  ru: { fi: 'venäjä', sv: 'ryska', en: 'Russian' },
  et: { fi: 'viro', sv: 'estniska', en: 'Estonian' },
  uk: { fi: 'ukraina', sv: 'ukrainska', en: 'Ukrainian' },
  ar: { fi: 'arabia', sv: 'arabiska', en: 'Arabic' },
  so: { fi: 'somali', sv: 'somaliska', en: 'Somali' },
  fa: { fi: 'persia', sv: 'persiska', en: 'Persian' },
  ku: { fi: 'kurdi', sv: 'kurdiska', en: 'Kurdish' },
} as const satisfies Record<string, Label>;
