/** Zod-free, so that browsers can have the list without the contract's parser. */
/** The support-service categories of the pilot, with names in Finnish, Swedish and English. */
export const CATEGORIES = [
  {
    slug: 'kirjanpito-talous',
    fi: 'Kirjanpito ja talous',
    sv: 'Bokföring och ekonomi',
    en: 'Bookkeeping and finance',
  },
  { slug: 'hankinnat', fi: 'Hankinnat', sv: 'Upphandling', en: 'Procurement' },
  {
    slug: 'rahoitushakemukset',
    fi: 'Rahoitushakemukset',
    sv: 'Finansieringsansökningar',
    en: 'Funding applications',
  },
  { slug: 'riskienhallinta', fi: 'Riskienhallinta', sv: 'Riskhantering', en: 'Risk management' },
  { slug: 'tietoturva', fi: 'Tietoturva', sv: 'Informationssäkerhet', en: 'Data security' },
  { slug: 'henkilostoasiat', fi: 'Henkilöstöasiat', sv: 'Personalfrågor', en: 'HR' },
  { slug: 'johtaminen', fi: 'Johtaminen', sv: 'Ledarskap', en: 'Leadership' },
  {
    slug: 'tietojarjestelmat',
    fi: 'Tietojärjestelmät',
    sv: 'Informationssystem',
    en: 'IT systems',
  },
  { slug: 'kiinteistoasiat', fi: 'Kiinteistöasiat', sv: 'Fastighetsfrågor', en: 'Premises' },
  { slug: 'varainhoito', fi: 'Varainhoito', sv: 'Kapitalförvaltning', en: 'Asset management' },
  { slug: 'laki-juridiikka', fi: 'Laki ja juridiikka', sv: 'Lag och juridik', en: 'Law' },
  { slug: 'viestinta', fi: 'Viestintä', sv: 'Kommunikation', en: 'Communications' },
  { slug: 'markkinointi', fi: 'Markkinointi', sv: 'Marknadsföring', en: 'Marketing' },
  { slug: 'saavutettavuus', fi: 'Saavutettavuus', sv: 'Tillgänglighet', en: 'Accessibility' },
] as const;

export type CategorySlug = (typeof CATEGORIES)[number]['slug'];
