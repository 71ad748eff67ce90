import { lines, type Template } from './types.ts';

export const signInCode: Template<{ code: string; minutes: number }> = {
  fi: ({ code, minutes }) => ({
    subject: `Tehostamon kirjautumiskoodi: ${code}`,
    text: lines(
      `Kirjautumiskoodisi on ${code}.`,
      '',
      `Koodi on voimassa ${minutes} minuuttia ja sen voi käyttää kerran.`,
      'Jos et pyytänyt koodia, voit jättää tämän viestin huomiotta.',
    ),
  }),
  sv: ({ code, minutes }) => ({
    subject: `Din inloggningskod till Tehostamo: ${code}`,
    text: lines(
      `Din inloggningskod är ${code}.`,
      '',
      `Koden gäller i ${minutes} minuter och kan användas en gång.`,
      'Om du inte bad om koden kan du bortse från detta meddelande.',
    ),
  }),
  en: ({ code, minutes }) => ({
    subject: `Your Tehostamo sign-in code: ${code}`,
    text: lines(
      `Your sign-in code is ${code}.`,
      '',
      `It is valid for ${minutes} minutes and can be used once.`,
      'If you did not ask for a code, you can ignore this message.',
    ),
  }),
};
