import { html, nothing, type TemplateResult } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { isApiErrorWith } from '../../sdk/errors.ts';
import { GroupCode } from '../../sdk/schemas/groups.ts';
import type { Group, GroupMember } from '../../sdk/schemas/groups.ts';
import type { SettingsClient } from '../context.ts';
import { emit } from '../events.ts';
import type { TehostamoDialog } from '../shared/dialog.ts';
import '../shared/dialog.ts';
import '../shared/sign-in.ts';
import { field } from '../shared/field.ts';
import { initialState } from '../shared/load.ts';
import { TehostamoElement } from '../shared/tehostamo-element.ts';
import { controls } from '../styles/controls.ts';
import { theme } from '../styles/theme.ts';
import { parseEmails, suggestCode } from './emails.ts';
import { groupsStyles } from './groups.styles.ts';
import { groupsStrings, type GroupsStrings } from './strings.ts';

/** The members of an opened group: loading, loaded, or why not. */
type MemberList =
  { state: 'loading' } | { state: 'ready'; list: GroupMember[] } | { state: 'error'; text: string };

/** What the confirmation dialog asks about. */
type Confirm =
  | { kind: 'leave'; group: Group }
  | { kind: 'remove'; group: Group; member: GroupMember; who: string };

/**
 * The signed-in person's groups, as in the pilot's "Keskusjärjestö läsnä": the groups they belong
 * to and those of their organisations, each with its join code, its members (for the owning
 * organisation: added by pasting any number of addresses, removed one by one) and a link to ask
 * the group for help (`/tasks/new?group=CODE`). Anyone leaves a group they are in, and joins one
 * with its code. A member of an organisation creates a group for it: a name and a code that is
 * suggested from the name and can be changed.
 *
 * Pasted addresses are checked as they are typed, with the contract's own rule: what is not an
 * address is named, addresses already in the group are skipped, and the room left under the
 * group's cap is shown before the cap is hit.
 *
 * @summary My groups: create, add members by email, remove, leave, join by code, ask for help.
 *
 * @event tehostamo-group-created - A group was created: `detail.group`.
 * @event tehostamo-group-joined - The person joined a group with its code: `detail.group`.
 * @event tehostamo-group-left - The person left a group: `detail.group`.
 * @event tehostamo-group-members-added - Members were added (and invited): `detail.group`, `detail.members`.
 * @event tehostamo-group-member-removed - A member was removed: `detail.group`, `detail.member`.
 * @event tehostamo-sign-in - Someone signed in inline: `detail.user`, `detail.client`.
 * @event tehostamo-error - A call failed: `detail.action`, `detail.code`, `detail.message`.
 *
 * @csspart base - The wrapper that carries the theme.
 * @csspart group - One group in the list.
 * @csspart members - A group's member list.
 * @csspart create - The form that creates a group.
 * @csspart join - The form that joins a group with its code.
 * @csspart button - Buttons.
 * @csspart dialog - The confirmation dialog.
 *
 * @cssproperty --tehostamo-accent - Accent colour (default: dark blue, the helper view).
 * @cssproperty --tehostamo-surface - Background.
 * @cssproperty --tehostamo-surface-alt - Background of the groups.
 * @cssproperty --tehostamo-text - Text colour.
 * @cssproperty --tehostamo-text-muted - Secondary text colour.
 * @cssproperty --tehostamo-border - Borders.
 * @cssproperty --tehostamo-danger - Errors.
 * @cssproperty --tehostamo-focus-ring - Focus outline colour.
 * @cssproperty --tehostamo-radius - Corner radius.
 * @cssproperty --tehostamo-font-family - Font (default: inherited from the page).
 */
@customElement('tehostamo-groups')
export class TehostamoGroups extends TehostamoElement {
  static override styles = [theme, controls, groupsStyles];

  @state() private open = new Set<number>();
  @state() private members = new Map<number, MemberList>();
  @state() private pasted = new Map<number, string>();
  @state() private addError = new Map<number, string>();
  @state() private busy: string | null = null;
  @state() private confirm: Confirm | null = null;
  @state() private confirmError = '';

  @state() private createOrg = 0;
  @state() private createName = '';
  @state() private createCode = '';
  /** The code was typed by hand: the name no longer changes it. */
  @state() private codeTouched = false;
  @state() private createErrors: { name?: string; code?: string; form?: string } = {};
  @state() private joinCode = '';
  @state() private joinError = '';

  @query('tehostamo-dialog') private dialog!: TehostamoDialog;

  private get s(): GroupsStrings {
    return groupsStrings.get(this.language);
  }

  protected override get catalogues() {
    return [...super.catalogues, groupsStrings];
  }

  private get client(): SettingsClient | undefined {
    return this.activeClient;
  }

  private groups = this.loader({
    action: 'list-groups',
    args: () => [this.client, this.activeUser?.id] as const,
    run: ([client, userId], signal) =>
      client && userId ? client.groups.list({ signal }) : Promise.resolve(initialState),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.ensureUser();
  }

  protected override willUpdate(): void {
    this.ensureUser();
    const orgs = this.activeUser?.memberships ?? [];
    if (!orgs.some((m) => m.organisation.id === this.createOrg) && orgs[0]) {
      this.createOrg = orgs[0].organisation.id;
    }
  }

  /** Loads the groups again. */
  reload(): Promise<void> {
    return this.groups.run();
  }

  private manages(group: Group): boolean {
    return (this.activeUser?.memberships ?? []).some(
      (m) => m.organisation.id === group.organisationId,
    );
  }

  private orgName(group: Group): string | undefined {
    return this.activeUser?.memberships.find((m) => m.organisation.id === group.organisationId)
      ?.organisation.name;
  }

  private myRow(group: Group): GroupMember | undefined {
    const list = this.members.get(group.id);
    const email = this.activeUser?.email;
    return list?.state === 'ready' ? list.list.find((m) => m.email === email) : undefined;
  }

  private setMap<K, V>(map: Map<K, V>, key: K, value: V | undefined): Map<K, V> {
    const next = new Map(map);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
    return next;
  }

  private async loadMembers(group: Group): Promise<GroupMember[] | null> {
    const client = this.client;
    if (!client) return null;
    // A list already shown stays while it is read again, so the form under it keeps its focus.
    if (this.members.get(group.id)?.state !== 'ready') {
      this.members = this.setMap(this.members, group.id, { state: 'loading' });
    }
    try {
      const { data } = await client.groups.members.list(group.id);
      this.members = this.setMap(this.members, group.id, { state: 'ready', list: data });
      return data;
    } catch (error) {
      const text = await this.failure('list-group-members', error);
      this.members = this.setMap(this.members, group.id, { state: 'error', text });
      return null;
    }
  }

  private toggle(group: Group) {
    const next = new Set(this.open);
    if (next.has(group.id)) next.delete(group.id);
    else {
      next.add(group.id);
      if (this.members.get(group.id)?.state !== 'ready') void this.loadMembers(group);
    }
    this.open = next;
  }

  // ---- adding members -----------------------------------------------------------------------

  private addPlan(group: Group) {
    const parsed = parseEmails(this.pasted.get(group.id) ?? '');
    const list = this.members.get(group.id);
    const present = new Set(
      list?.state === 'ready' ? list.list.map((m) => m.email).filter(Boolean) : [],
    );
    const already = parsed.valid.filter((e) => present.has(e));
    const fresh = parsed.valid.filter((e) => !present.has(e));
    const count = list?.state === 'ready' ? list.list.length : group.memberCount;
    const left = Math.max(0, group.memberCap - count);
    return { ...parsed, already, fresh, left };
  }

  private async addMembers(event: SubmitEvent, group: Group) {
    event.preventDefault();
    const client = this.client;
    if (!client || this.busy) return;
    const s = this.s;
    const plan = this.addPlan(group);
    let problem = '';
    if (plan.invalid.length) problem = s.invalid(plan.invalid.join(', '));
    else if (plan.fresh.length === 0) problem = s.nothingToAdd;
    else if (plan.fresh.length > plan.left)
      problem = s.overCap(plan.fresh.length - plan.left, plan.left);
    if (problem) {
      this.addError = this.setMap(this.addError, group.id, problem);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#paste-${group.id}`)?.focus();
      return;
    }
    this.busy = `add-${group.id}`;
    this.addError = this.setMap(this.addError, group.id, undefined);
    try {
      const { data } = await client.groups.members.add(group.id, { emails: plan.fresh });
      this.pasted = this.setMap(this.pasted, group.id, undefined);
      this.announce(s.added(data.length));
      emit(this, 'tehostamo-group-members-added', { group, members: data });
      await Promise.all([this.loadMembers(group), this.groups.run()]);
    } catch (error) {
      this.addError = this.setMap(
        this.addError,
        group.id,
        await this.failure('add-group-members', error),
      );
    } finally {
      this.busy = null;
    }
  }

  // ---- removing and leaving -----------------------------------------------------------------

  private async askLeave(group: Group) {
    this.confirmError = '';
    this.confirm = { kind: 'leave', group };
    await this.updateComplete;
    this.dialog.show();
    if (!this.myRow(group)) await this.loadMembers(group);
  }

  private async askRemove(group: Group, member: GroupMember) {
    this.confirmError = '';
    this.confirm = { kind: 'remove', group, member, who: member.user?.name || member.email || '' };
    await this.updateComplete;
    this.dialog.show();
  }

  private async confirmed() {
    const client = this.client;
    const c = this.confirm;
    if (!client || !c || this.busy) return;
    const s = this.s;
    const member = c.kind === 'leave' ? this.myRow(c.group) : c.member;
    if (!member) {
      this.confirmError = this.t.errors.generic;
      return;
    }
    this.busy = 'confirm';
    this.confirmError = '';
    try {
      await client.groups.members.remove(c.group.id, member.id);
      this.dialog.close('done');
      if (c.kind === 'leave') {
        this.announce(s.left(c.group.name));
        emit(this, 'tehostamo-group-left', { group: c.group });
        this.open = new Set([...this.open].filter((id) => id !== c.group.id));
        this.members = this.setMap(this.members, c.group.id, undefined);
      } else {
        this.announce(s.removed(c.who));
        emit(this, 'tehostamo-group-member-removed', { group: c.group, member });
        await this.loadMembers(c.group);
      }
      await this.groups.run();
    } catch (error) {
      this.confirmError = await this.failure(
        c.kind === 'leave' ? 'leave-group' : 'remove-group-member',
        error,
      );
    } finally {
      this.busy = null;
    }
  }

  private onDialogClose = (event: HTMLElementEventMap['tehostamo-dialog-close']) => {
    const c = this.confirm;
    this.confirm = null;
    if (event.detail.returnValue !== 'done' || !c) return;
    // The button that opened the dialog may be gone (a removed member, a group left).
    event.preventDefault();
    void this.updateComplete.then(() => {
      const target =
        c.kind === 'remove'
          ? this.renderRoot.querySelector<HTMLElement>(`#paste-${c.group.id}`)
          : null;
      (target ?? this.renderRoot.querySelector<HTMLElement>('#groups-heading'))?.focus();
    });
  };

  // ---- creating and joining -----------------------------------------------------------------

  private onName(event: InputEvent) {
    this.createName = (event.target as HTMLInputElement).value;
    if (!this.codeTouched)
      this.createCode = this.createName.trim() ? suggestCode(this.createName) : '';
  }

  private onCode(event: InputEvent) {
    this.createCode = (event.target as HTMLInputElement).value;
    this.codeTouched = true;
  }

  private suggestAnother() {
    this.createCode = suggestCode(this.createName);
    this.codeTouched = true;
    this.createErrors = { ...this.createErrors, code: undefined };
  }

  private async create(event: SubmitEvent) {
    event.preventDefault();
    const client = this.client;
    if (!client || this.busy) return;
    const s = this.s;
    const name = this.createName.trim();
    const code = GroupCode.safeParse(this.createCode);
    const errors: typeof this.createErrors = {};
    if (name.length < 2) errors.name = s.nameError;
    if (this.createCode.trim() && !code.success) errors.code = s.codeError;
    this.createErrors = errors;
    if (errors.name || errors.code) {
      await this.updateComplete;
      this.renderRoot
        .querySelector<HTMLElement>(errors.name ? '#group-name' : '#group-code')
        ?.focus();
      return;
    }
    this.busy = 'create';
    try {
      const group = await client.groups.create({
        organisationId: this.createOrg,
        name,
        ...(code.success ? { code: code.data } : {}),
      });
      this.createName = '';
      this.createCode = '';
      this.codeTouched = false;
      this.announce(s.created(group.name));
      emit(this, 'tehostamo-group-created', { group });
      await this.groups.run();
      this.open = new Set([...this.open, group.id]);
      await this.loadMembers(group);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#paste-${group.id}`)?.focus();
    } catch (error) {
      const text = await this.failure('create-group', error);
      this.createErrors = isApiErrorWith(error, 'code_taken') ? { code: text } : { form: text };
      await this.updateComplete;
      this.renderRoot
        .querySelector<HTMLElement>(this.createErrors.code ? '#group-code' : '#create-error')
        ?.focus();
    } finally {
      this.busy = null;
    }
  }

  private async join(event: SubmitEvent) {
    event.preventDefault();
    const client = this.client;
    if (!client || this.busy) return;
    const s = this.s;
    const code = GroupCode.safeParse(this.joinCode);
    if (!code.success) {
      this.joinError = s.codeError;
      this.renderRoot.querySelector<HTMLElement>('#join-code')?.focus();
      return;
    }
    this.busy = 'join';
    this.joinError = '';
    try {
      const group = await client.groups.join({ code: code.data });
      this.joinCode = '';
      this.announce(s.joined(group.name));
      emit(this, 'tehostamo-group-joined', { group });
      await this.groups.run();
    } catch (error) {
      const text = await this.failure('join-group', error);
      this.joinError = isApiErrorWith(error, 404) ? s.joinNotFound : text;
      this.renderRoot.querySelector<HTMLElement>('#join-code')?.focus();
    } finally {
      this.busy = null;
    }
  }

  // ---- rendering ----------------------------------------------------------------------------

  private renderMembers(group: Group) {
    const s = this.s;
    const list = this.members.get(group.id);
    if (!list || list.state === 'loading') {
      return html`<p class="muted" role="status">${s.loadingMembers}</p>`;
    }
    if (list.state === 'error') return html`<p class="notice error" role="alert">${list.text}</p>`;
    const manager = this.manages(group);
    const me = this.activeUser?.email;
    return html`<h4 id="members-${group.id}">${s.membersOf(group.name)}</h4>
      ${
        list.list.length === 0
          ? html`<p class="muted">${s.noMembers}</p>`
          : html`<ul class="members" part="members" aria-labelledby="members-${group.id}">
              ${repeat(
                list.list,
                (m) => m.id,
                (m) => {
                  const who = m.user?.name || m.email || '';
                  return html`<li>
                    <span class="who">
                      <span class="name">${m.user?.name || m.email}</span>
                      ${m.user?.name && m.email ? html`<span class="muted">${m.email}</span>` : nothing}
                      ${m.email === me ? html`<span class="muted">${s.you}</span>` : nothing}
                      ${m.user ? nothing : html`<span class="muted">${s.invited}</span>`}
                    </span>
                    ${
                      manager && m.email !== me
                        ? html`<button
                            type="button"
                            part="button"
                            aria-label=${s.removeLabel(who)}
                            @click=${() => this.askRemove(group, m)}
                          >
                            ${s.remove}
                          </button>`
                        : nothing
                    }
                  </li>`;
                },
              )}
            </ul>`
      }
      ${manager ? this.renderAdd(group) : nothing}`;
  }

  private renderAdd(group: Group) {
    const s = this.s;
    const plan = this.addPlan(group);
    const id = `paste-${group.id}`;
    const busy = this.busy === `add-${group.id}`;
    const over = plan.fresh.length > plan.left;
    const error = this.addError.get(group.id) ?? '';
    const notes: TemplateResult[] = [];
    if (plan.invalid.length)
      notes.push(html`<li class="bad">${s.invalid(plan.invalid.join(', '))}</li>`);
    if (plan.already.length) notes.push(html`<li>${s.alreadyIn(plan.already.join(', '))}</li>`);
    if (plan.repeated.length) notes.push(html`<li>${s.repeated(plan.repeated.length)}</li>`);
    return html`<form
      class="add"
      @submit=${(e: SubmitEvent) => this.addMembers(e, group)}
      novalidate
    >
      <h4>${s.addHeading}</h4>
      <p class=${plan.left === 0 ? 'notice error' : 'muted'} id="${id}-room">
        ${plan.left === 0 ? s.full(group.memberCap) : s.room(plan.left, group.memberCap)}
      </p>
      ${field(
        { id, label: s.addLabel, hint: s.addHint, error },
        (c) =>
          html`<textarea
            id=${c.id}
            rows="4"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="${id}-room ${c.describedBy === nothing ? '' : c.describedBy} ${id}-summary"
            aria-invalid=${c.invalid}
            .value=${this.pasted.get(group.id) ?? ''}
            @input=${(e: InputEvent) => {
              this.pasted = this.setMap(
                this.pasted,
                group.id,
                (e.target as HTMLTextAreaElement).value,
              );
              if (error) this.addError = this.setMap(this.addError, group.id, undefined);
            }}
          ></textarea>`,
      )}
      <div id="${id}-summary" class="summary" role="status">
        ${
          plan.fresh.length || notes.length
            ? html`<p class=${over ? 'bad' : ''}>
                  ${s.counted(plan.fresh.length)}${over ? html` — ${s.overCap(plan.fresh.length - plan.left, plan.left)}` : nothing}
                </p>
                ${
                  notes.length
                    ? html`<ul class="notes">
                        ${notes}
                      </ul>`
                    : nothing
                }`
            : nothing
        }
      </div>
      <div class="actions">
        <button class="primary" part="button" type="submit" ?disabled=${busy}>
          ${busy ? s.adding : s.addButton}
        </button>
      </div>
    </form>`;
  }

  private renderGroup(group: Group) {
    const s = this.s;
    const opened = this.open.has(group.id);
    const owner = this.orgName(group);
    return html`<li class="group" part="group">
      <h3 class="group-name">${group.name}</h3>
      <p class="meta">
        <span>${s.members(group.memberCount, group.memberCap)}</span>
        ${group.code ? html`<span>${s.code}: <strong class="code">${group.code}</strong></span>` : nothing}
        ${owner ? html`<span>${s.ownedBy(owner)}</span>` : nothing}
      </p>
      <div class="actions">
        ${
          group.code
            ? html`<a
                class="button primary"
                part="button"
                href="/tasks/new?group=${encodeURIComponent(group.code)}"
                aria-label=${s.postLabel(group.name)}
                >${s.post}</a
              >`
            : nothing
        }
        <button
          type="button"
          part="button"
          aria-expanded=${opened ? 'true' : 'false'}
          aria-controls="group-${group.id}"
          @click=${() => this.toggle(group)}
        >
          ${opened ? s.hideMembers(group.name) : s.showMembers(group.name)}
        </button>
        ${
          this.manages(group)
            ? nothing
            : html`<button type="button" part="button" @click=${() => this.askLeave(group)}>
                ${s.leave}
              </button>`
        }
      </div>
      <div id="group-${group.id}" ?hidden=${!opened}>
        ${opened ? this.renderMembers(group) : nothing}
      </div>
    </li>`;
  }

  private renderList() {
    const s = this.s;
    const list = ({ data }: { data: Group[] }) =>
      data.length === 0
        ? html`<p class="muted">${s.noGroups}</p>`
        : html`<ul class="groups">
            ${repeat(
              data,
              (g) => g.id,
              (g) => this.renderGroup(g),
            )}
          </ul>`;
    return this.groups.render({
      initial: () => html`<p class="muted" aria-busy="true">${s.loading}</p>`,
      // Read again after a change: the list stays, so focus and typing are not lost.
      pending: () =>
        this.groups.value
          ? list(this.groups.value)
          : html`<p class="muted" aria-busy="true" role="status">${s.loading}</p>`,
      errorHeading: s.loadError,
      complete: list,
    });
  }

  private renderCreate() {
    const s = this.s;
    const orgs = this.activeUser?.memberships ?? [];
    const e = this.createErrors;
    if (orgs.length === 0) {
      return html`<section class="card" part="create" aria-labelledby="create-heading">
        <h2 id="create-heading">${s.createHeading}</h2>
        <p>${s.noOrganisation}</p>
        <p><a href="/settings/organisation">${s.noOrganisationLink}</a></p>
      </section>`;
    }
    const busy = this.busy === 'create';
    return html`<section class="card" part="create" aria-labelledby="create-heading">
      <h2 id="create-heading">${s.createHeading}</h2>
      <p class="muted">${s.createLead}</p>
      <form @submit=${this.create} novalidate>
        ${
          orgs.length > 1
            ? field(
                { id: 'group-org', label: s.organisation },
                (c) =>
                  html`<select
                    id=${c.id}
                    @change=${(ev: Event) =>
                      (this.createOrg = Number((ev.target as HTMLSelectElement).value))}
                  >
                    ${orgs.map(
                      (m) =>
                        html`<option
                          value=${m.organisation.id}
                          ?selected=${m.organisation.id === this.createOrg}
                        >
                          ${m.organisation.name}
                        </option>`,
                    )}
                  </select>`,
              )
            : html`<p>${s.organisation}: <strong>${orgs[0]!.organisation.name}</strong></p>`
        }
        ${field(
          { id: 'group-name', label: s.name, hint: s.nameHint, error: e.name ?? '' },
          (c) =>
            html`<input
              id=${c.id}
              autocomplete="off"
              maxlength="120"
              aria-describedby=${c.describedBy}
              aria-invalid=${c.invalid}
              .value=${this.createName}
              @input=${this.onName}
            />`,
        )}
        <div class="code-row">
          ${field(
            {
              id: 'group-code',
              label: s.codeLabel,
              hint: s.codeHint,
              error: e.code ?? '',
              class: 'grow',
            },
            (c) =>
              html`<input
                id=${c.id}
                class="code"
                autocomplete="off"
                autocapitalize="characters"
                spellcheck="false"
                maxlength="12"
                aria-describedby=${c.describedBy}
                aria-invalid=${c.invalid}
                .value=${this.createCode}
                @input=${this.onCode}
              />`,
          )}
          <button
            type="button"
            part="button"
            @click=${this.suggestAnother}
            ?disabled=${!this.createName.trim()}
          >
            ${s.suggest}
          </button>
        </div>
        ${e.form ? html`<p id="create-error" class="notice error" role="alert" tabindex="-1">${e.form}</p>` : nothing}
        <div class="actions">
          <button class="primary" part="button" type="submit" ?disabled=${busy}>
            ${busy ? s.creating : s.create}
          </button>
        </div>
      </form>
    </section>`;
  }

  private renderJoin() {
    const s = this.s;
    const busy = this.busy === 'join';
    return html`<section class="card" part="join" aria-labelledby="join-heading">
      <h2 id="join-heading">${s.joinHeading}</h2>
      <form class="join" @submit=${this.join} novalidate>
        ${field(
          {
            id: 'join-code',
            label: s.joinCode,
            hint: s.joinLead,
            error: this.joinError,
            class: 'grow',
          },
          (c) =>
            html`<input
              id=${c.id}
              class="code"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck="false"
              maxlength="12"
              aria-describedby=${c.describedBy}
              aria-invalid=${c.invalid}
              .value=${this.joinCode}
              @input=${(ev: InputEvent) => {
                this.joinCode = (ev.target as HTMLInputElement).value;
                this.joinError = '';
              }}
            />`,
        )}
        <button class="primary" part="button" type="submit" ?disabled=${busy}>
          ${busy ? s.joining : s.join}
        </button>
      </form>
    </section>`;
  }

  private renderDialog() {
    const s = this.s;
    const c = this.confirm;
    const busy = this.busy === 'confirm';
    const label = !c
      ? ''
      : c.kind === 'leave'
        ? s.leaveHeading(c.group.name)
        : s.confirmRemoveHeading(c.who);
    const text = !c ? '' : c.kind === 'leave' ? s.leaveText : s.confirmRemoveText;
    const action = c?.kind === 'leave' ? s.leave : s.remove;
    const doing = c?.kind === 'leave' ? s.leaving : s.removing;
    return html`<tehostamo-dialog
      exportparts="dialog"
      label=${label}
      @tehostamo-dialog-close=${this.onDialogClose}
    >
      <p>${text}</p>
      ${this.confirmError ? html`<p class="notice error" role="alert">${this.confirmError}</p>` : nothing}
      <button
        class="primary"
        part="button"
        type="button"
        slot="footer"
        ?disabled=${busy}
        @click=${this.confirmed}
      >
        ${busy ? doing : action}
      </button>
      <button type="button" part="button" slot="footer" @click=${() => this.dialog.close()}>
        ${s.keep}
      </button>
    </tehostamo-dialog>`;
  }

  protected override render() {
    const s = this.s;
    let body: unknown;
    if (!this.client) body = html`<p>${this.t.common.notConnected}</p>`;
    else if (this.activeUser === undefined)
      body = html`<p class="muted" aria-busy="true">${s.loading}</p>`;
    else if (this.activeUser === null)
      body = html`<tehostamo-sign-in
        view="helper"
        .client=${this.activeClient}
        .intro=${s.signInToSee}
        @tehostamo-sign-in=${this.onSignedIn}
      ></tehostamo-sign-in>`;
    else
      body = html`<section aria-labelledby="groups-heading">
          <h2 id="groups-heading" tabindex="-1">${s.myGroups}</h2>
          ${this.renderList()}
        </section>
        ${this.renderCreate()} ${this.renderJoin()} ${this.renderDialog()}`;
    return html`<div class=${this.baseClasses('helper')} part="base" lang=${this.language}>
      ${body}
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tehostamo-groups': TehostamoGroups;
  }
}
