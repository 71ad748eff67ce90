import { lines, pages, type Template } from './types.ts';

export interface GroupInvitationData {
  groupName: string;
  organisationName: string;
  /** The invited address: signing in with it is what makes the membership count. */
  email: string;
}

export const groupInvitation: Template<GroupInvitationData> = {
  fi: ({ groupName, organisationName, email }) => ({
    subject: `Sinut on lisätty Tehostamossa ryhmään ${groupName}`,
    text: lines(
      `${organisationName} lisäsi sinut Tehostamossa ryhmään ”${groupName}”.`,
      '',
      'Ryhmälle kohdistetut avunpyynnöt näkyvät vain ryhmän jäsenille, ja saat niistä ilmoituksen sähköpostiisi.',
      '',
      `Kirjaudu Tehostamoon tällä sähköpostiosoitteella (${email}).`,
      'Salasanaa ei tarvita: lähetämme sinulle kertakäyttöisen kirjautumiskoodin sähköpostitse.',
      'Jos et tunne ryhmää, voit jättää tämän viestin huomiotta tai poistua ryhmästä kirjauduttuasi.',
    ),
    action: { path: pages.groups, label: 'Kirjaudu ja katso ryhmäsi' },
  }),
  sv: ({ groupName, organisationName, email }) => ({
    subject: `Du har lagts till i gruppen ${groupName} i Tehostamo`,
    text: lines(
      `${organisationName} har lagt till dig i gruppen ”${groupName}” i Tehostamo.`,
      '',
      'Hjälpförfrågningar som riktas till gruppen syns bara för gruppens medlemmar, och du får meddelande om dem per e-post.',
      '',
      `Logga in på Tehostamo med den här e-postadressen (${email}).`,
      'Inget lösenord behövs: vi skickar dig en engångskod per e-post.',
      'Om du inte känner till gruppen kan du bortse från meddelandet eller lämna gruppen när du har loggat in.',
    ),
    action: { path: pages.groups, label: 'Logga in och se dina grupper' },
  }),
  en: ({ groupName, organisationName, email }) => ({
    subject: `You have been added to the group ${groupName} on Tehostamo`,
    text: lines(
      `${organisationName} added you to the group "${groupName}" on Tehostamo.`,
      '',
      "Help requests aimed at the group are shown only to the group's members, and you are told of them by email.",
      '',
      `Sign in to Tehostamo with this email address (${email}).`,
      'No password is needed: we email you a one-time sign-in code.',
      'If you do not know the group, you can ignore this message or leave the group once signed in.',
    ),
    action: { path: pages.groups, label: 'Sign in and see your groups' },
  }),
};
