/**
 * Demo data for `npm start`: an umbrella organisation with member associations, a pro bono
 * company, people in both roles, and tasks in every state — the pilot guide's stories.
 *
 * It goes through the real API (on a private port, for the moment it runs), so the demo obeys
 * every rule the product does. It loads only into an empty database.
 */
import type { AddressInfo } from 'node:net';
import { createApp } from '../app.ts';
import { randomSecret, sha256 } from '../auth/tokens.ts';
import type { Deps } from '../context.ts';
import { AccessToken, Organisation, OutboxMessage, Task, User } from '../db/models/index.ts';

interface Person {
  email: string;
  name: string;
  profile: Record<string, unknown>;
}

const people = {
  anna: {
    email: 'anna.virtanen@example.fi',
    name: 'Anna Virtanen',
    profile: {
      helperType: 'ngo_staff',
      bio: 'Toiminnanjohtaja, Helsingin Omaishoitajat ry. Autan mielelläni viestinnässä.',
      postalCode: '00100',
      radiusKm: 40,
      languages: ['suomi', 'ruotsi', 'englanti'],
      skills: ['viestintä', 'järjestötoiminta'],
      experience: 'Yhdistyksen toiminnanjohtaja 8 vuotta.',
      cvPublic: true,
      interestedCategories: ['viestinta', 'johtaminen'],
    },
  },
  mikko: {
    email: 'mikko.nieminen@example.fi',
    name: 'Mikko Nieminen',
    profile: {
      helperType: 'pro_bono',
      bio: 'Tilintarkastaja, Tilitoimisto Luku Oy. Pro bono -apua kirjanpitoon ja talouteen.',
      postalCode: '02150',
      radiusKm: 60,
      languages: ['suomi', 'englanti'],
      skills: ['kirjanpito', 'tilinpäätös', 'verotus'],
      experience: 'KHT-tilintarkastaja, 15 vuotta yhdistysten tilinpäätöksiä.',
      cvPublic: true,
      interestedCategories: ['kirjanpito-talous', 'varainhoito', 'riskienhallinta'],
      availableToHelp: true,
    },
  },
  liisa: {
    email: 'liisa.korhonen@example.fi',
    name: 'Liisa Korhonen',
    profile: {
      helperType: 'umbrella_staff',
      bio: 'Jäsenpalveluiden asiantuntija, Järjestöliitto Tuki ry.',
      postalCode: '00530',
      radiusKm: 100,
      languages: ['suomi'],
      skills: ['jäsenasiat', 'viestintä', 'kuvankäsittely'],
      experience: 'Keskusjärjestön jäsenpalvelut 6 vuotta.',
      cvPublic: true,
      interestedCategories: ['viestinta', 'henkilostoasiat', 'laki-juridiikka'],
      availableToHelp: true,
    },
  },
  sanna: {
    email: 'sanna.makinen@example.fi',
    name: 'Sanna Mäkinen',
    profile: {
      helperType: 'student',
      bio: 'Viestinnän opiskelija. Kirjoitan ja kuvitan mielelläni.',
      postalCode: '33100',
      radiusKm: 30,
      languages: ['suomi', 'englanti'],
      skills: ['blogikirjoitus', 'kuvitus', 'some'],
      experience: 'Harjoittelu järjestön viestinnässä.',
      cvPublic: false,
      interestedCategories: ['viestinta', 'markkinointi', 'saavutettavuus'],
      availableToHelp: true,
    },
  },
  pekka: {
    email: 'pekka.laine@example.fi',
    name: 'Pekka Laine',
    profile: {
      helperType: 'ngo_staff',
      bio: 'Taloudenhoitaja, Tampereen Nuorisoyhdistys ry. Varainhoito on vahvuuteni.',
      postalCode: '33200',
      radiusKm: 50,
      languages: ['suomi'],
      skills: ['varainhoito', 'budjetointi'],
      experience: 'Yhdistysten taloudenhoitaja 10 vuotta.',
      cvPublic: true,
      interestedCategories: ['varainhoito', 'kirjanpito-talous', 'rahoitushakemukset'],
      availableToHelp: true,
    },
  },
  kaisa: {
    email: 'kaisa.heikkinen@example.fi',
    name: 'Kaisa Heikkinen',
    profile: {
      helperType: 'independent',
      bio: 'Kiinteistöjuristi, vapaaehtoinen.',
      postalCode: '00250',
      radiusKm: 25,
      languages: ['suomi', 'ruotsi'],
      skills: ['vuokrasopimukset', 'kiinteistöjuridiikka'],
      experience: 'Asianajotoimisto 12 vuotta.',
      cvPublic: true,
      interestedCategories: ['kiinteistoasiat', 'laki-juridiikka'],
      availableToHelp: true,
    },
  },
} satisfies Record<string, Person>;

type Who = keyof typeof people;

export async function seedDemo(deps: Deps): Promise<void> {
  if ((await Organisation.count()) > 0) {
    deps.logger.info('demo data: the database is not empty, leaving it as it is');
    return;
  }

  // The demo's own requests are not worth a log line each.
  const app = createApp({ ...deps, logger: deps.logger.child({}, { level: 'warn' }) });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;

  const tokens = new Map<Who, string>();
  const ids = new Map<Who, number>();

  async function call<T = Record<string, unknown>>(
    who: Who | null,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> {
    const res = await fetch(base + path, {
      method,
      headers: {
        ...(who ? { authorization: `Bearer ${tokens.get(who)}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`demo data: ${method} ${path} answered ${res.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }

  try {
    // People: accounts and sign-in tokens made directly; from then on, everything through the API.
    for (const [who, person] of Object.entries(people) as [Who, Person][]) {
      const user = await User.create({ email: person.email, name: person.name });
      const token = randomSecret('tht_');
      await AccessToken.create({
        userId: user.id,
        tokenHash: sha256(token),
        expiresAt: new Date(Date.now() + 3_600_000),
      });
      tokens.set(who, token);
      ids.set(who, user.id);
      await call(who, 'PATCH', '/me', { name: person.name, ...person.profile });
    }

    type Org = { id: number };
    const tuki = await call<Org>('liisa', 'POST', '/organisations', {
      name: 'Järjestöliitto Tuki ry',
      kind: 'umbrella',
      sector: 'sosiaali- ja terveysala',
      description: 'Sosiaali- ja terveysalan järjestöjen keskusjärjestö (demo).',
      postalCode: '00530',
    });
    const omaishoitajat = await call<Org>('anna', 'POST', '/organisations', {
      name: 'Helsingin Omaishoitajat ry',
      kind: 'association',
      sector: 'sosiaali- ja terveysala',
      description: 'Omaishoitajien vertaistukea Helsingissä (demo).',
      postalCode: '00100',
    });
    const nuoriso = await call<Org>('pekka', 'POST', '/organisations', {
      name: 'Tampereen Nuorisoyhdistys ry',
      kind: 'association',
      sector: 'nuorisotyö',
      description: 'Nuorten harrastustoimintaa Tampereella (demo).',
      postalCode: '33200',
    });
    const luku = await call<Org>('mikko', 'POST', '/organisations', {
      name: 'Tilitoimisto Luku Oy',
      kind: 'company',
      sector: 'taloushallinto',
      businessId: '2617416-4',
      description: 'Tilitoimisto, jonka työntekijät tekevät pro bono -tehtäviä (demo).',
      postalCode: '02150',
    });
    // The umbrella invites; each member organisation's admin accepts.
    for (const [member, admin] of [
      [omaishoitajat, 'anna'],
      [nuoriso, 'pekka'],
    ] as const) {
      await call('liisa', 'POST', `/organisations/${tuki.id}/member-organisations`, {
        organisationId: member.id,
      });
      await call(
        admin,
        'POST',
        `/organisations/${member.id}/umbrella-invitations/${tuki.id}/accept`,
      );
    }
    await call('anna', 'POST', `/organisations/${omaishoitajat.id}/members`, {
      email: people.sanna.email,
      role: 'member',
    });

    // "Keskusjärjestö läsnä": the umbrella's group of local branches and its own staff.
    const group = await call<{ id: number; code: string }>('liisa', 'POST', '/groups', {
      organisationId: tuki.id,
      name: 'Tuki ry:n paikallisosastot',
      code: 'TUKI2026',
    });
    await call('liisa', 'POST', `/groups/${group.id}/members`, {
      emails: [people.liisa.email, people.anna.email, people.pekka.email],
    });

    // The company's pro bono group: its employees, whom tasks can target.
    const proBono = await call<{ id: number }>('mikko', 'POST', '/groups', {
      organisationId: luku.id,
      name: 'Luku Oy:n pro bono -ryhmä',
      code: 'LUKUPRO',
    });
    await call('mikko', 'POST', `/groups/${proBono.id}/members`, { emails: [people.mikko.email] });

    type T = { id: number };
    const task = (who: Who, body: Record<string, unknown>) => call<T>(who, 'POST', '/tasks', body);
    type A = { id: number };
    const apply = (who: Who, taskId: number, message: string) =>
      call<A>(who, 'POST', `/tasks/${taskId}/applications`, { message });

    // "Tilinpäätösten valmistelu": completed, with feedback both ways.
    const tilinpaatos = await task('anna', {
      organisationId: omaishoitajat.id,
      category: 'kirjanpito-talous',
      title: 'Tilinpäätöksen valmistelu – kirjanpidon lainsäädäntö muuttunut',
      details:
        'Valmistelemme tilinpäätöstä. Tarvitsemme taloushallinnon ammattilaista pohtimaan muutamaa kysymystä ja sitä, kannattaako kirjanpito jatkossa tehdä itse.',
      remote: true,
      postalCode: '00100',
      schedule: { text: 'helmikuun aikana' },
      estimatedHours: 3,
      helpersWanted: 2,
    });
    const a1 = await apply(
      'mikko',
      tilinpaatos.id,
      'Olen tehnyt yhdistysten tilinpäätöksiä 15 vuotta, autan mielelläni.',
    );
    const a2 = await apply(
      'pekka',
      tilinpaatos.id,
      'Taloudenhoitajana tunnen yhdistyksen kirjanpidon arjen.',
    );
    await apply(
      'kaisa',
      tilinpaatos.id,
      'Voin auttaa sopimusasioissa, jos sellaisia tulee vastaan.',
    );
    await call('anna', 'POST', `/tasks/${tilinpaatos.id}/applications/${a1.id}/select`);
    await call('anna', 'POST', `/tasks/${tilinpaatos.id}/applications/${a2.id}/select`);
    await call('anna', 'POST', `/tasks/${tilinpaatos.id}/messages`, {
      body: 'Kiitos molemmille! Sopisiko verkkotapaaminen torstaina klo 14?',
    });
    await call('mikko', 'POST', `/tasks/${tilinpaatos.id}/messages`, {
      body: 'Sopii hyvin, lähetän kutsun.',
    });
    for (const [who, app, hours] of [
      ['mikko', a1, 2.5],
      ['pekka', a2, 2],
    ] as const) {
      await call(who, 'POST', `/tasks/${tilinpaatos.id}/assignments/${app.id}/done`);
      await call('anna', 'POST', `/tasks/${tilinpaatos.id}/assignments/${app.id}/approve`, {
        actualHours: hours,
        feedback: { rating: 5, text: 'Selkeät neuvot, nyt tiedämme miten jatketaan.' },
      });
      await call(who, 'POST', `/tasks/${tilinpaatos.id}/feedback`, {
        applicationId: app.id,
        rating: 5,
        text: 'Hyvin valmisteltu pyyntö, mukava auttaa.',
      });
    }

    // "Yhdistyksen tila kaipaa remonttia": one of several selected, applications closed, the rest thanked.
    const remontti = await task('pekka', {
      organisationId: nuoriso.id,
      category: 'kiinteistoasiat',
      title: 'Toimitilan remontti ja vuokrasopimuksen kustannustenjako',
      details:
        'Vuokrasopimuksessa mainitaan remonttikustannusten jakaminen. Tarvitsemme kiinteistöalan osaamista neuvotteluun vuokranantajan kanssa.',
      remote: false,
      postalCode: '33200',
      schedule: { text: 'tämän kuun aikana' },
      estimatedHours: 2,
    });
    const k = await apply('kaisa', remontti.id, 'Olen perehtynyt vastaaviin sopimusasioihin.');
    await apply('liisa', remontti.id, 'Keskusjärjestöllä on malli tähän, voin auttaa.');
    await call('pekka', 'POST', `/tasks/${remontti.id}/applications/${k.id}/select`);

    // Open tasks in several categories and places.
    const open: Record<string, unknown>[] = [
      {
        organisationId: nuoriso.id,
        category: 'viestinta',
        title: 'Blogikirjoitukseen ja kuvitukseen apua',
        details:
          'Viestintätiimissä on kiirettä. Tarvitsemme uuden blogikirjoituksen ja kuvan syksyn toiminnasta.',
        remote: true,
        postalCode: '33200',
        schedule: { text: 'tämän viikon aikana' },
        estimatedHours: 2,
      },
      {
        organisationId: omaishoitajat.id,
        category: 'tietoturva',
        title: 'Jäsenrekisterin tietoturvan tarkistus',
        details:
          'Haluamme varmistaa, että jäsenrekisterimme käyttöoikeudet ja varmuuskopiot ovat kunnossa.',
        remote: true,
        postalCode: '00100',
        schedule: { startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString() },
        estimatedHours: 1.5,
      },
      {
        organisationId: omaishoitajat.id,
        category: 'rahoitushakemukset',
        title: 'Avustushakemuksen kommentointi ennen määräaikaa',
        details:
          'Hakemus on luonnosvaiheessa. Toivomme kokeneen hakijan kommentit tavoitteista ja budjetista.',
        remote: true,
        schedule: { text: 'kahden viikon sisällä' },
        estimatedHours: 1,
      },
      {
        organisationId: nuoriso.id,
        category: 'saavutettavuus',
        title: 'Verkkosivujen saavutettavuuden pikatarkistus',
        details:
          'Onko sivustomme käytettävissä ruudunlukijalla ja näppäimistöllä? Lyhyt katselmus riittää.',
        remote: true,
        schedule: { text: 'joulukuussa' },
        estimatedHours: 2,
      },
      {
        organisationId: omaishoitajat.id,
        category: 'henkilostoasiat',
        title: 'Työsopimuspohjan päivitys osa-aikaiselle työntekijälle',
        details:
          'Tarvitsemme apua työsopimuspohjan päivittämiseen ja työehtosopimuksen tulkintaan.',
        remote: false,
        postalCode: '00100',
        schedule: { text: 'ensi viikolla' },
        estimatedHours: 1.5,
      },
    ];
    for (const body of open)
      await task(body.organisationId === nuoriso.id ? 'pekka' : 'anna', body);

    // "Keskusjärjestö läsnä": a group task, seen only by the group and the asking association.
    await task('anna', {
      organisationId: omaishoitajat.id,
      category: 'viestinta',
      title: 'Miten muokataan valokuvia jäsenkirjeeseen?',
      details:
        'Paikallisosaston vapaaehtoinen tarvitsee nopeaa apua kuvien rajaamiseen ja pakkaamiseen.',
      remote: true,
      schedule: { text: 'tänään tai huomenna' },
      estimatedHours: 0.5,
      groupCode: group.code,
    });

    // A cancelled task.
    const peruttu = await task('pekka', {
      organisationId: nuoriso.id,
      category: 'markkinointi',
      title: 'Kevätretken markkinointi sosiaalisessa mediassa',
      details: 'Retki peruttiin, joten apua ei enää tarvita.',
      remote: true,
      schedule: { text: 'maaliskuussa' },
      estimatedHours: 3,
    });
    await call('pekka', 'POST', `/tasks/${peruttu.id}/cancel`, { reason: 'Retki peruttiin.' });

    // A help request sent from a member site that waits for its sender to confirm it by email.
    await Task.create({
      organisationId: omaishoitajat.id,
      createdById: ids.get('sanna')!,
      status: 'pending_verification',
      category: 'johtaminen',
      title: 'Hallituksen työskentelyn kehittäminen',
      details: 'Lähetetty jäsensivuston lomakkeella; odottaa lähettäjän vahvistusta.',
      remote: true,
      scheduleText: 'kevään aikana',
      estimatedHours: 2,
      helpersWanted: 1,
    });

    // The demo's sign-in tokens are not handed to anyone: sign in with an emailed code instead.
    await AccessToken.destroy({ where: {} });
    await OutboxMessage.destroy({ where: {} });
    deps.logger.info('demo data loaded');
    console.log(
      [
        'Demo data loaded. Sign in as any of these with an emailed code:',
        ...Object.values(people).map(
          (p) => `  ${p.email.padEnd(30)} ${p.name} – ${String(p.profile.bio).split('.')[0]}`,
        ),
      ].join('\n'),
    );
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
