import { expect, oneEvent } from '@open-wc/testing';
import meta, * as stories from '../../stories/suggested-helpers.stories.ts';
import taskMeta, * as taskStories from '../../stories/task.stories.ts';
import type { TehostamoSuggestedHelpers } from '../../widgets/task/suggested-helpers.ts';
import { renderStory, shadow, until, type StoryLike } from './helpers.ts';

async function section(story: StoryLike) {
  const rendered = await renderStory(meta, story);
  const el = rendered.root.querySelector(
    'tehostamo-suggested-helpers',
  ) as TehostamoSuggestedHelpers;
  const $$ = (s: string) => [...shadow(el).querySelectorAll<HTMLElement>(s)];
  const text = () => shadow(el).textContent!.replace(/\s+/g, ' ');
  await until(
    () => $$('[part~=remaining], [role=alert], p').length > 1 && !$$('[aria-busy=true]').length,
  );
  return { ...rendered, el, $$, text };
}

describe('<tehostamo-suggested-helpers>', () => {
  it('lists the fitting helpers best first, each with why they fit', async () => {
    const p = await section(stories.Suggestions);
    const rows = p.$$('[part~=suggestion]');
    expect(rows.map((r) => r.querySelector('a')!.textContent!.trim())).to.deep.equal([
      'Maija Mallikas',
      'Bertta Berg',
      'Nimetön käyttäjä',
    ]);
    expect(rows[0]!.querySelector('a')!.getAttribute('href')).to.equal('/users/301');
    const why = p.$$('[part~=why]').map((w) => w.textContent!.replace(/\s+/g, ' ').trim());
    expect(why[0]).to.equal(
      'Miksi sopii: kirjanpito · 12 km · suomi, ruotsi · ★ 4,8 (9) · 12 tehtävää tehty',
    );
    // No skill named: the category they chose says why.
    expect(why[1]).to.contain('Kirjanpito ja talous · 9 km · svenska, suomi · ★ 5 (2)');
    expect(p.text()).to.contain('Kutsuja jäljellä 4/5');
    // Whom the task invited, and that they applied.
    expect(p.$$('[part~=invited] li')[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Kalle Kutsuttu · haki',
    );
    await expect(p.el).to.be.accessible();
  });

  it('one click invites: the button turns into "Invited" and the count goes down', async () => {
    const p = await section(stories.Suggestions);
    const button = p.$$('[part~=suggestion] button')[1] as HTMLButtonElement;
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Kutsu hakemaan: Bertta Berg');
    const invited = oneEvent(p.el, 'tehostamo-helper-invited');
    button.click();
    const event = await invited;
    expect(event.detail.invitation.user.name).to.equal('Bertta Berg');
    await until(() => p.text().includes('Kutsuja jäljellä 3/5'));
    const row = p.$$('[part~=suggestion]')[1]!;
    expect(row.querySelector('button')).to.equal(null);
    expect(row.textContent).to.contain('Kutsuttu');
    expect(p.$$('[part~=suggestion] button')).to.have.length(2);
    const calls = p.fake.callsOf('invitations.create');
    expect(calls).to.have.length(1);
    expect(calls[0]!.args[1]).to.deep.equal({ userId: 302 });
    expect((calls[0]!.args[2] as { idempotencyKey?: string }).idempotencyKey).to.be.a('string');
    await until(() =>
      shadow(p.el)
        .querySelector('[role=status]')!
        .textContent!.includes('Bertta Berg kutsuttiin hakemaan.'),
    );
    await expect(p.el).to.be.accessible();
  });

  it('the last invitation takes the buttons away', async () => {
    const p = await section(stories.LastInvitation);
    expect(p.text()).to.contain('Kutsuja jäljellä 1/2');
    (p.$$('[part~=suggestion] button')[0] as HTMLButtonElement).click();
    await until(() => p.text().includes('Kutsuja jäljellä 0/2'));
    expect(p.$$('[part~=suggestion] button')).to.have.length(0);
    expect(p.text()).to.contain('Tämän tehtävän kaikki kutsut on lähetetty.');
    await expect(p.el).to.be.accessible();
  });

  it('a refused invitation says why, and the row keeps its button', async () => {
    const p = await section(stories.InviteRefused);
    (p.$$('[part~=suggestion] button')[0] as HTMLButtonElement).click();
    const alert = await until(() => shadow(p.el).querySelector('[role=alert]'));
    expect(alert.textContent).to.contain('Tätä henkilöä ei voi enää kutsua tähän tehtävään.');
    expect(p.$$('[part~=suggestion] button')).to.have.length(3);
    await expect(p.el).to.be.accessible();
  });

  it('says so when nobody fits', async () => {
    const p = await section(stories.NoSuggestions);
    expect(p.text()).to.contain('Juuri nyt ei ole muita sopivia tekijöitä');
    await expect(p.el).to.be.accessible();
  });

  it('speaks Swedish and English', async () => {
    const sv = await section(stories.Swedish);
    expect(sv.text()).to.contain('Föreslagna hjälpare');
    expect(sv.$$('[part~=suggestion] button')[0]!.textContent).to.contain('Bjud in att söka');
    const en = await section(stories.English);
    expect(en.text()).to.contain('4 of 5 invitations left');
    await expect(en.el).to.be.accessible();
  });

  it('fits 320 px without scrolling sideways', async () => {
    const p = await section(stories.Narrow);
    expect(p.el.scrollWidth).to.be.at.most(320);
    await expect(p.el).to.be.accessible();
  });
});

describe('<tehostamo-task> and its suggested helpers', () => {
  it('the requester of an open task gets the section, loaded when shown', async () => {
    const rendered = await renderStory(taskMeta, taskStories.RequesterSuggestions);
    const task = rendered.root.querySelector('tehostamo-task')!;
    const inner = await until(() =>
      shadow(task).querySelector<TehostamoSuggestedHelpers>('tehostamo-suggested-helpers'),
    );
    await until(
      () =>
        customElements.get('tehostamo-suggested-helpers') &&
        shadow(inner).querySelector('[part~=suggestion]'),
    );
    expect(inner.getAttribute('task-id')).to.equal('101');
    await expect(task).to.be.accessible();
  });

  it('a helper never sees it, nor does anyone on a task that no longer takes applications', async () => {
    for (const story of [taskStories.SignedInVisitor, taskStories.RequesterWaiting]) {
      const rendered = await renderStory(taskMeta, story);
      const task = rendered.root.querySelector('tehostamo-task')!;
      await until(() => shadow(task).querySelector('header'));
      expect(shadow(task).querySelector('tehostamo-suggested-helpers')).to.equal(null);
      expect(rendered.fake.callsOf('tasks.suggestedHelpers')).to.have.length(0);
    }
  });
});
