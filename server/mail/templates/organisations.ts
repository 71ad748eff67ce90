import { lines, pages, type Template } from './types.ts';

export interface OrganisationInvitationData {
  organisationName: string;
  /** Who added them, by name (or address when they have no name yet). */
  invitedBy: string;
  role: 'member' | 'admin';
  /** The invited address: signing in with it is all the accepting there is. */
  email: string;
}

export const organisationInvitation: Template<OrganisationInvitationData> = {
  fi: ({ organisationName, invitedBy, role, email }) => ({
    subject: `Sinut on lisätty Tehostamossa organisaatioon ${organisationName}`,
    text: lines(
      `${invitedBy} lisäsi sinut Tehostamossa organisaation ”${organisationName}” ${
        role === 'admin' ? 'ylläpitäjäksi' : 'jäseneksi'
      }.`,
      '',
      'Jäsenenä voit pyytää apua organisaation nimissä ja nähdä sen avunpyynnöt ja keskustelut.',
      '',
      `Kirjaudu Tehostamoon tällä sähköpostiosoitteella (${email}).`,
      'Salasanaa ei tarvita: lähetämme sinulle kertakäyttöisen kirjautumiskoodin sähköpostitse.',
      'Jos et tunne organisaatiota, voit jättää tämän viestin huomiotta tai poistua organisaatiosta kirjauduttuasi.',
    ),
    action: { path: pages.organisation, label: 'Kirjaudu ja katso organisaatiosi' },
  }),
  sv: ({ organisationName, invitedBy, role, email }) => ({
    subject: `Du har lagts till i organisationen ${organisationName} i Tehostamo`,
    text: lines(
      `${invitedBy} har lagt till dig som ${
        role === 'admin' ? 'administratör' : 'medlem'
      } i organisationen ”${organisationName}” i Tehostamo.`,
      '',
      'Som medlem kan du be om hjälp i organisationens namn och se dess hjälpförfrågningar och diskussioner.',
      '',
      `Logga in på Tehostamo med den här e-postadressen (${email}).`,
      'Inget lösenord behövs: vi skickar dig en engångskod per e-post.',
      'Om du inte känner till organisationen kan du bortse från meddelandet eller lämna organisationen när du har loggat in.',
    ),
    action: { path: pages.organisation, label: 'Logga in och se din organisation' },
  }),
  en: ({ organisationName, invitedBy, role, email }) => ({
    subject: `You have been added to ${organisationName} on Tehostamo`,
    text: lines(
      `${invitedBy} added you to the organisation "${organisationName}" on Tehostamo as ${
        role === 'admin' ? 'an admin' : 'a member'
      }.`,
      '',
      "As a member you can ask for help in the organisation's name and see its help requests and conversations.",
      '',
      `Sign in to Tehostamo with this email address (${email}).`,
      'No password is needed: we email you a one-time sign-in code.',
      'If you do not know the organisation, you can ignore this message or leave it once signed in.',
    ),
    action: { path: pages.organisation, label: 'Sign in and see your organisation' },
  }),
};
