import { lines, pages, type Template } from './types.ts';

/** To a visitor who asked for help on an organisation's site: confirm with the code or the link. */
export const visitorVerification: Template<{
  code: string;
  link: string;
  hours: number;
  title: string;
  organisation: string;
}> = {
  fi: (d) => ({
    subject: `Vahvista avunpyyntösi: ${d.code}`,
    text: lines(
      `Lähetit avunpyynnön "${d.title}" (${d.organisation}) Tehostamoon.`,
      '',
      `Vahvistuskoodisi on ${d.code}. Voit myös vahvistaa pyynnön tästä linkistä:`,
      d.link,
      '',
      `Pyyntö julkaistaan, kun olet vahvistanut sen. Vahvistamaton pyyntö poistuu ${d.hours} tunnin kuluttua.`,
      'Jos et lähettänyt pyyntöä, voit jättää tämän viestin huomiotta.',
    ),
    action: { path: d.link, label: 'Vahvista avunpyyntö' },
  }),
  sv: (d) => ({
    subject: `Bekräfta din begäran om hjälp: ${d.code}`,
    text: lines(
      `Du skickade begäran om hjälp "${d.title}" (${d.organisation}) till Tehostamo.`,
      '',
      `Din bekräftelsekod är ${d.code}. Du kan också bekräfta begäran via länken:`,
      d.link,
      '',
      `Begäran publiceras när du har bekräftat den. En obekräftad begäran tas bort efter ${d.hours} timmar.`,
      'Om du inte skickade begäran kan du bortse från detta meddelande.',
    ),
    action: { path: d.link, label: 'Bekräfta begäran' },
  }),
  en: (d) => ({
    subject: `Confirm your request for help: ${d.code}`,
    text: lines(
      `You sent the request for help "${d.title}" (${d.organisation}) to Tehostamo.`,
      '',
      `Your confirmation code is ${d.code}. You can also confirm the request with this link:`,
      d.link,
      '',
      `The request is published once you confirm it. An unconfirmed request is deleted after ${d.hours} hours.`,
      'If you did not send the request, you can ignore this message.',
    ),
    action: { path: d.link, label: 'Confirm the request' },
  }),
};

/**
 * To an organisation's admins: someone asks to join, either in the app (`title` null) or after
 * asking for help through the organisation's site (`title` is that request's).
 */
export const joinRequest: Template<{
  organisation: string;
  name: string;
  email: string;
  title: string | null;
}> = {
  fi: (d) => ({
    subject: `Jäsenyyspyyntö: ${d.organisation}`,
    text: lines(
      d.title === null
        ? `${who(d)} pyytää päästä organisaation ${d.organisation} jäseneksi Tehostamossa.`
        : `${who(d)} lähetti sivustonne kautta avunpyynnön "${d.title}" ja pyytää päästä organisaation ${d.organisation} jäseneksi.`,
      '',
      'Voit hyväksyä tai hylätä pyynnön organisaation jäsenyyspyynnöistä.',
    ),
    action: { path: pages.organisation, label: 'Katso jäsenyyspyynnöt' },
  }),
  sv: (d) => ({
    subject: `Begäran om medlemskap: ${d.organisation}`,
    text: lines(
      d.title === null
        ? `${who(d)} ber att få bli medlem i ${d.organisation} i Tehostamo.`
        : `${who(d)} skickade begäran om hjälp "${d.title}" via er webbplats och ber att få bli medlem i ${d.organisation}.`,
      '',
      'Du kan godkänna eller avslå begäran bland organisationens begäranden om medlemskap.',
    ),
    action: { path: pages.organisation, label: 'Se begärandena om medlemskap' },
  }),
  en: (d) => ({
    subject: `Request to join: ${d.organisation}`,
    text: lines(
      d.title === null
        ? `${who(d)} asks to become a member of ${d.organisation} in Tehostamo.`
        : `${who(d)} sent the request for help "${d.title}" through your site and asks to become a member of ${d.organisation}.`,
      '',
      "You can approve or decline it among the organisation's requests to join.",
    ),
    action: { path: pages.organisation, label: 'See the requests to join' },
  }),
};

/** The person by name and address, or by address alone before they have chosen a name. */
function who(d: { name: string; email: string }): string {
  return d.name ? `${d.name} (${d.email})` : d.email;
}

/** To an organisation's admins: an umbrella asks the organisation to be its member. */
export const umbrellaInvitation: Template<{ umbrella: string; organisation: string }> = {
  fi: (d) => ({
    subject: `${d.umbrella} kutsuu jäsenjärjestökseen: ${d.organisation}`,
    text: lines(
      `Kattojärjestö ${d.umbrella} haluaa lisätä organisaation ${d.organisation} jäsenjärjestökseen Tehostamossa.`,
      '',
      'Jos hyväksytte, kattojärjestö näkee organisaationne avunpyynnöt syötteessään ja raporteissaan. Voitte hyväksyä tai hylätä kutsun organisaation asetuksista.',
    ),
    action: { path: pages.organisation, label: 'Katso kutsu' },
  }),
  sv: (d) => ({
    subject: `${d.umbrella} bjuder in till medlemskap: ${d.organisation}`,
    text: lines(
      `Takorganisationen ${d.umbrella} vill lägga till ${d.organisation} som medlemsorganisation i Tehostamo.`,
      '',
      'Om ni godkänner ser takorganisationen er organisations begäranden om hjälp i sitt flöde och sina rapporter. Ni kan godkänna eller avslå inbjudan i organisationens inställningar.',
    ),
    action: { path: pages.organisation, label: 'Se inbjudan' },
  }),
  en: (d) => ({
    subject: `${d.umbrella} invites ${d.organisation} to be its member`,
    text: lines(
      `The umbrella organisation ${d.umbrella} wants to add ${d.organisation} as its member organisation in Tehostamo.`,
      '',
      "If you accept, the umbrella sees your organisation's requests for help in its feed and its reports. You can accept or decline the invitation in the organisation's settings.",
    ),
    action: { path: pages.organisation, label: 'See the invitation' },
  }),
};

export const visitorTemplates = {
  visitor_verification: visitorVerification,
  join_request: joinRequest,
  umbrella_invitation: umbrellaInvitation,
};
