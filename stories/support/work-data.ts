/**
 * Demo data for `<tehostamo-my-work>` and `<tehostamo-profile-card>`: public profiles and the
 * answers of `GET /me/work` for a helper, a requester, and someone who is both.
 */
import type { Task } from '../../sdk/schemas/tasks.ts';
import type { Feedback, PublicProfile } from '../../sdk/schemas/users.ts';
import type { HelperWorkItem, MyWork, RequesterWorkItem } from '../../sdk/schemas/work.ts';
import { makeTask } from './data.ts';

const COMPANY = { id: 8, name: 'Tilitoimisto Tase Oy', kind: 'company' as const };

function feedback(overrides: Partial<Feedback>): Feedback {
  return {
    id: 1,
    taskId: 101,
    applicationId: 501,
    direction: 'to_helper',
    rating: 5,
    text: 'Tarkka ja selkeä apu, tilinpäätös valmistui ajoissa.',
    from: { id: 7, name: 'Aino Virtanen' },
    to: { id: 20, name: 'Mikko Nieminen' },
    createdAt: '2025-03-20T10:00:00.000Z',
    ...overrides,
  };
}

/** A pro bono professional with a shared CV, links and feedback. */
export const PROFILE: PublicProfile = {
  id: 20,
  name: 'Mikko Nieminen',
  helperType: 'pro_bono',
  bio: 'Tilintarkastaja, joka haluaa auttaa yhdistyksiä talousasioissa. Työskentelen Tilitoimisto Tase Oy:ssä.',
  postalCode: '02150',
  municipality: 'Espoo',
  region: 'Uusimaa',
  organisations: [COMPANY],
  completedTasks: 4,
  rating: { average: 4.75, count: 4 },
  feedback: [
    feedback({}),
    feedback({
      id: 2,
      taskId: 104,
      rating: 4,
      text: 'Kiitos, budjettipohja on jo käytössä.',
      from: { id: 31, name: 'Leena Lahtinen' },
      createdAt: '2025-02-11T10:00:00.000Z',
    }),
    feedback({
      id: 3,
      taskId: 105,
      direction: 'to_requester',
      rating: 5,
      text: 'Hyvin valmisteltu pyyntö.',
      from: { id: 40, name: 'Sara Lindholm' },
      createdAt: '2025-01-05T10:00:00.000Z',
    }),
  ],
  cv: {
    languages: ['suomi', 'ruotsi', 'englanti'],
    skills: ['tilinpäätös', 'budjetointi', 'KTM, laskentatoimi'],
    experience:
      'Kymmenen vuotta tilintarkastajana.\nYhdistysten toiminnantarkastaja vuodesta 2018.',
    videoUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    linkedinUrl: 'https://www.linkedin.com/in/mikko-nieminen-example',
  },
};

/** Someone who keeps the CV private and has no feedback yet. */
export const NEW_PROFILE: PublicProfile = {
  id: 21,
  name: 'Sara Lindholm',
  helperType: 'student',
  bio: '',
  postalCode: null,
  municipality: null,
  region: null,
  organisations: [],
  completedTasks: 0,
  rating: { average: null, count: 0 },
  feedback: [],
  cv: null,
};

/** Long Finnish words and a link that must never become one. */
export const LONG_PROFILE: PublicProfile = {
  ...PROFILE,
  id: 22,
  name: 'Marja-Liisa Hämäläinen-Väisänen',
  helperType: 'umbrella_staff',
  municipality: 'Kristiinankaupunki',
  postalCode: '64100',
  bio: 'Sosiaali- ja terveysalan kattojärjestön avustusasiantuntija: valtionavustushakemukset, talousarviolaskelmat ja omarahoitusosuuslaskelmat.',
  cv: {
    ...PROFILE.cv!,
    skills: ['avustushakemukset', 'talousarviolaskelmat', 'omarahoitusosuuslaskelmat'],
    videoUrl: 'javascript:alert(1)',
  },
};

/** An association's treasurer who asks for help: no helper type, feedback from helpers. */
export const REQUESTER_PROFILE: PublicProfile = {
  id: 7,
  name: 'Aino Virtanen',
  helperType: null,
  bio: 'Kotikylän Eläkeläisten rahastonhoitaja.',
  postalCode: '33100',
  municipality: 'Tampere',
  region: 'Pirkanmaa',
  organisations: [{ id: 1, name: 'Kotikylän Eläkeläiset ry', kind: 'association' }],
  completedTasks: 0,
  rating: { average: 5, count: 2 },
  feedback: [
    feedback({
      id: 7,
      direction: 'to_requester',
      text: 'Selkeä pyyntö ja aineisto valmiina.',
      from: { id: 20, name: 'Mikko Nieminen' },
      to: { id: 7, name: 'Aino Virtanen' },
    }),
    feedback({
      id: 8,
      direction: 'to_requester',
      text: '',
      from: { id: 21, name: 'Sara Lindholm' },
      to: { id: 7, name: 'Aino Virtanen' },
      createdAt: '2025-02-01T10:00:00.000Z',
    }),
  ],
  cv: null,
};

export const PROFILES = [PROFILE, NEW_PROFILE, LONG_PROFILE, REQUESTER_PROFILE];

// ---- My work -----------------------------------------------------------------------------

const helperView = { canManage: false, application: null };
const managed = { canManage: true, application: null };

function helperItem(
  task: Partial<Task>,
  item: Partial<Omit<HelperWorkItem, 'task'>> & Pick<HelperWorkItem, 'next'>,
): HelperWorkItem {
  return {
    task: makeTask({ viewer: helperView, ...task }),
    application: {
      id: 600 + (task.id ?? 0),
      status: 'selected',
      message: 'Voin auttaa.',
      createdAt: '2025-03-03T10:00:00.000Z',
    },
    assignment: null,
    feedbackReceived: null,
    feedbackGiven: null,
    ...item,
  };
}

const assignment = (status: 'selected' | 'done' | 'approved', hours: number | null = null) => ({
  status,
  doneAt: status === 'selected' ? null : '2025-03-18T12:00:00.000Z',
  approvedAt: status === 'approved' ? '2025-03-19T12:00:00.000Z' : null,
  actualHours: hours,
});

const pending = (id: number) => ({
  id: 600 + id,
  status: 'pending' as const,
  message: 'Voin auttaa.',
  createdAt: '2025-03-03T10:00:00.000Z',
});

export const HELPER_WORK: MyWork = {
  helper: {
    applications: [
      helperItem(
        { id: 102, title: 'Jäsenkirjeen taitto ja oikoluku', category: 'viestinta' },
        { application: pending(102), next: 'wait_for_selection' },
      ),
      helperItem(
        { id: 103, title: 'Tietoturvakartoitus pienelle toimistolle', status: 'assigned' },
        {
          application: { ...pending(103), status: 'declined' },
          next: 'none',
        },
      ),
    ],
    assignments: [
      helperItem(
        { id: 104, title: 'Budjettipohja ensi vuodelle', status: 'assigned' },
        { assignment: assignment('selected'), next: 'mark_done' },
      ),
      helperItem(
        { id: 105, title: 'Kassavirtalaskelma hallitukselle', status: 'assigned' },
        { assignment: assignment('done'), next: 'wait_for_approval' },
      ),
    ],
    history: [
      helperItem(
        { id: 106, title: 'Tilinpäätöksen tarkistus ennen kevätkokousta', status: 'completed' },
        {
          assignment: assignment('approved', 1.5),
          next: 'give_feedback',
          feedbackReceived: feedback({ applicationId: 706, taskId: 106 }),
        },
      ),
      helperItem(
        { id: 107, title: 'Palkanlaskennan neuvonta', status: 'completed' },
        {
          assignment: assignment('approved', 3),
          next: 'none',
          feedbackReceived: feedback({ id: 5, taskId: 107, rating: 4, text: 'Kiitos avusta!' }),
          feedbackGiven: feedback({
            id: 6,
            taskId: 107,
            direction: 'to_requester',
            text: 'Selkeä pyyntö, mukava yhdistys.',
            from: { id: 20, name: 'Mikko Nieminen' },
            to: { id: 7, name: 'Aino Virtanen' },
          }),
        },
      ),
    ],
  },
  requester: { ongoing: [], history: [] },
  counts: {
    helper: { markDone: 1, giveFeedback: 1 },
    requester: { reviewApplicants: 0, closeApplications: 0, approve: 0, giveFeedback: 0 },
    attention: 2,
  },
};

function requesterItem(
  task: Partial<Task>,
  item: Partial<Omit<RequesterWorkItem, 'task'>>,
): RequesterWorkItem {
  return {
    task: makeTask({ viewer: managed, ...task }),
    pendingApplications: 0,
    helpers: [],
    needs: [],
    ...item,
  };
}

const helper = (
  appId: number,
  name: string,
  status: 'selected' | 'done' | 'approved',
  hours: number | null = null,
) => ({
  applicationId: appId,
  helper: { id: appId, name },
  assignment: assignment(status, hours),
  feedbackGiven: null,
  feedbackReceived: null,
});

export const REQUESTER_WORK: MyWork = {
  helper: { applications: [], assignments: [], history: [] },
  requester: {
    ongoing: [
      requesterItem(
        { id: 201, title: 'Avustushakemuksen talousarvio', helpersWanted: 2, selectedCount: 1 },
        {
          pendingApplications: 3,
          helpers: [helper(801, 'Pia Pro Bono', 'selected')],
          needs: ['review_applicants', 'close_applications'],
        },
      ),
      requesterItem(
        {
          id: 202,
          title: 'Tilinpäätöksen valmistelu',
          status: 'assigned',
          applicationsOpen: false,
        },
        {
          helpers: [
            helper(802, 'Kalle Keskusjärjestöstä', 'done'),
            helper(803, 'Sanni Opiskelija', 'selected'),
          ],
          needs: ['approve'],
        },
      ),
      requesterItem(
        { id: 203, title: 'Verkkosivujen saavutettavuustarkistus', category: 'saavutettavuus' },
        {},
      ),
    ],
    history: [
      requesterItem(
        { id: 204, title: 'Jäsenrekisterin siivous', status: 'completed', applicationsOpen: false },
        { helpers: [helper(804, 'Mikko Nieminen', 'approved', 2)], needs: ['give_feedback'] },
      ),
      requesterItem(
        { id: 205, title: 'Kevätkokouksen kutsu', status: 'cancelled', applicationsOpen: false },
        {},
      ),
    ],
  },
  counts: {
    helper: { markDone: 0, giveFeedback: 0 },
    requester: { reviewApplicants: 1, closeApplications: 1, approve: 1, giveFeedback: 1 },
    attention: 3,
  },
};

/** Someone who helps others and asks for help for their own association. */
export const BOTH_WORK: MyWork = {
  helper: HELPER_WORK.helper,
  requester: REQUESTER_WORK.requester,
  counts: {
    helper: HELPER_WORK.counts.helper,
    requester: REQUESTER_WORK.counts.requester,
    attention: HELPER_WORK.counts.attention + REQUESTER_WORK.counts.attention,
  },
};
