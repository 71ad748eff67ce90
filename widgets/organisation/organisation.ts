import { html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { isApiErrorWith, ValidationError } from '../../sdk/errors.ts';
import { CATEGORIES, type CategorySlug } from '../../sdk/schemas/categories.ts';
import { Email } from '../../sdk/schemas/common.ts';
import type { JoinRequest, ProBonoProgramme } from '../../sdk/schemas/embedding.ts';
import {
  OrganisationCreate,
  OrganisationUpdate,
  type Organisation,
  type OrganisationKind,
  type OrganisationMember,
  type UmbrellaInvitation,
} from '../../sdk/schemas/organisations.ts';
import type { Task } from '../../sdk/schemas/tasks.ts';
import type { Me } from '../../sdk/schemas/users.ts';
import type { TehostamoClient } from '../context.ts';
import { emit } from '../events.ts';
import { categoryName, formatDate } from '../i18n/index.ts';
import { REGIONS } from '../i18n/regions.ts';
import type { TehostamoDialog } from '../shared/dialog.ts';
import '../shared/dialog.ts';
import { field } from '../shared/field.ts';
import { initialState } from '../shared/load.ts';
import '../shared/sign-in.ts';
import { TehostamoElement } from '../shared/tehostamo-element.ts';
import { controls } from '../styles/controls.ts';
import { theme } from '../styles/theme.ts';
import { organisationStyles } from './organisation.styles.ts';
import { organisationStrings, type OrganisationStrings } from './strings.ts';

/** Everything the settings show of one organisation, read in one go. */
interface Loaded {
  organisation: Organisation;
  role: 'admin' | 'member';
  members: OrganisationMember[];
  joinRequests: JoinRequest[];
  /** Umbrellas waiting for this organisation's answer (its admins only). */
  invitations: UmbrellaInvitation[];
  memberOrganisations: Organisation[];
  programme: ProBonoProgramme | null;
}

type DetailField = 'name' | 'sector' | 'businessId' | 'description' | 'website' | 'postalCode';
type Draft = Record<DetailField, string>;

type Confirm =
  | { kind: 'remove'; member: OrganisationMember; who: string }
  | { kind: 'leave'; member: OrganisationMember }
  | { kind: 'remove-organisation'; organisation: Organisation };

interface ProgrammeDraft {
  sectors: string;
  organisations: { id: number; name: string }[];
  categories: CategorySlug[];
  regions: string[];
  justification: string;
}

const KINDS: OrganisationKind[] = ['association', 'umbrella', 'company', 'education', 'public'];

/** The element's host, or the nearest ancestor across shadow roots, that matches `selector`. */
function closestAcross<E extends Element>(from: Element, selector: string): E | null {
  let node: Element | null = from;
  while (node) {
    const found = node.closest<E>(selector as never);
    if (found) return found as E;
    node = (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return null;
}

/**
 * An organisation's settings, for its admins (its members see the same, read only): its public
 * details; its members and their roles (invite by email, make admin, remove; anyone may leave, but
 * the last admin cannot — the server refuses it too); the requests to join it; an umbrella's member
 * organisations (invited by name, members once their admins accept); and a company's pro bono
 * programme (sectors, organisations, categories, regions and the public justification) with a
 * preview of the feed it gives its employees.
 *
 * A person in several organisations chooses which one; `organisation-id` picks one from outside.
 * A person in none may create one (they become its admin).
 *
 * @summary An organisation's details, members, join requests, member organisations and pro bono programme.
 *
 * @event tehostamo-organisation-changed - A change was saved: `detail.organisationId`, `detail.what` (`details`, `members`, `join-requests`, `member-organisations`, `pro-bono`, `created`, `left`).
 * @event tehostamo-sign-in - Someone signed in inline: `detail.user`, `detail.client`.
 * @event tehostamo-error - A call failed: `detail.action`, `detail.code`, `detail.message`.
 *
 * @csspart base - The wrapper that carries the theme.
 * @csspart section - Each section (details, members, join requests, member organisations, pro bono).
 * @csspart members - The member list.
 * @csspart preview - The preview of the pro bono feed.
 * @csspart button - Buttons.
 * @csspart dialog - The confirmation dialog.
 *
 * @cssproperty --tehostamo-accent - Accent colour (default: dark blue, as the app's settings).
 * @cssproperty --tehostamo-surface - Background.
 * @cssproperty --tehostamo-surface-alt - Background of the sections.
 * @cssproperty --tehostamo-text - Text colour.
 * @cssproperty --tehostamo-text-muted - Secondary text colour.
 * @cssproperty --tehostamo-border - Borders.
 * @cssproperty --tehostamo-danger - Errors.
 * @cssproperty --tehostamo-focus-ring - Focus outline colour.
 * @cssproperty --tehostamo-radius - Corner radius.
 * @cssproperty --tehostamo-font-family - Font (default: inherited from the page).
 */
@customElement('tehostamo-organisation')
export class TehostamoOrganisation extends TehostamoElement {
  static override styles = [theme, controls, organisationStyles];

  /** Which organisation; unset: the person's first, with a choice when they have several. */
  @property({ attribute: 'organisation-id', type: Number }) organisationId?: number;

  @state() private chosen: number | null = null;
  @state() private editing = false;
  @state() private draft: Draft | null = null;
  @state() private detailErrors: Partial<Record<DetailField | 'form', string>> = {};
  @state() private busy: string | null = null;
  @state() private inviteEmail = '';
  @state() private inviteAdmin = false;
  @state() private inviteError = '';
  @state() private membersError = '';
  @state() private confirm: Confirm | null = null;
  @state() private confirmError = '';
  @state() private search = '';
  @state() private searchFor: 'umbrella' | 'programme' | null = null;
  @state() private results: Organisation[] | null = null;
  @state() private umbrellaError = '';
  @state() private programme: ProgrammeDraft | null = null;
  @state() private programmeError = '';
  @state() private createKind: OrganisationKind = 'association';
  @state() private createName = '';
  @state() private createBusinessId = '';
  @state() private createErrors: Partial<Record<'name' | 'businessId' | 'form', string>> = {};

  @query('tehostamo-dialog') private dialog!: TehostamoDialog;

  private get s(): OrganisationStrings {
    return organisationStrings.get(this.language);
  }

  protected override get catalogues() {
    return [...super.catalogues, organisationStrings];
  }

  private get client(): TehostamoClient | undefined {
    return this.activeClient;
  }

  /** The organisation shown: the attribute, the person's choice, or their first. */
  private get currentId(): number | null {
    const memberships = this.activeUser?.memberships ?? [];
    if (this.organisationId) return this.organisationId;
    if (this.chosen && memberships.some((m) => m.organisation.id === this.chosen)) {
      return this.chosen;
    }
    return memberships[0]?.organisation.id ?? null;
  }

  private get myRole(): 'admin' | 'member' | null {
    const id = this.currentId;
    return this.activeUser?.memberships.find((m) => m.organisation.id === id)?.role ?? null;
  }

  private data = this.loader({
    action: 'load-organisation',
    args: () => [this.client, this.currentId, this.myRole] as const,
    run: async ([client, id, role], signal): Promise<Loaded | typeof initialState> => {
      if (!client || !id || !role) return initialState;
      const organisation = await client.organisations.get(id, { signal });
      const admin = role === 'admin';
      const [members, joinRequests, memberOrganisations, programme, invitations] =
        await Promise.all([
          client.organisations.members.list(id, { limit: 100 }, { signal }),
          admin ? client.organisations.joinRequests.list(id, {}, { signal }) : null,
          organisation.kind === 'umbrella'
            ? client.organisations.memberOrganisations.list(id, { limit: 100 }, { signal })
            : null,
          organisation.kind === 'company' ? client.organisations.proBono.get(id, { signal }) : null,
          admin ? client.organisations.umbrellaInvitations.list(id, { signal }) : null,
        ]);
      return {
        organisation,
        role,
        members: members.data,
        joinRequests: joinRequests?.data ?? [],
        invitations: invitations?.data ?? [],
        memberOrganisations: memberOrganisations?.data ?? [],
        programme,
      };
    },
    onComplete: (value) => {
      if (value.programme && (!this.programme || this.busy !== 'programme')) {
        this.programme = this.programmeDraft(value.programme);
      }
    },
  });

  private preview = this.loader({
    action: 'preview-pro-bono',
    args: () =>
      [
        this.client,
        this.data.value?.organisation.kind === 'company' ? this.data.value.organisation.id : null,
        this.data.value?.programme?.updatedAt ?? null,
      ] as const,
    run: ([client, companyId], signal) =>
      client && companyId
        ? client.tasks.list({ proBonoOf: companyId, limit: 5 }, { signal })
        : Promise.resolve(initialState),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.ensureUser();
  }

  protected override willUpdate(): void {
    this.ensureUser();
  }

  /** Loads everything again. */
  reload(): Promise<void> {
    return this.data.run();
  }

  private changed(what: string) {
    const id = this.currentId;
    if (id) emit(this, 'tehostamo-organisation-changed', { organisationId: id, what });
  }

  /** Reads the signed-in person again (their memberships changed) and hands it to the provider. */
  private async refreshUser(): Promise<Me | null> {
    const client = this.client;
    if (!client) return null;
    const me = await client.me.get();
    const provider = closestAcross<HTMLElement & { user?: Me | null }>(this, 'tehostamo-provider');
    if (this.ownSession) this.ownSession = { ...this.ownSession, user: me };
    else if (provider && this.contextUser !== undefined) provider.user = me;
    else this.fetchedUser = me;
    return me;
  }

  private async focusOn(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // ---- details ------------------------------------------------------------------------------

  private startEdit(org: Organisation) {
    this.draft = {
      name: org.name,
      sector: org.sector ?? '',
      businessId: org.businessId ?? '',
      description: org.description,
      website: org.website ?? '',
      postalCode: org.postalCode ?? '',
    };
    this.detailErrors = {};
    this.editing = true;
    void this.focusOn('#org-name');
  }

  private stopEdit() {
    this.editing = false;
    this.draft = null;
    this.detailErrors = {};
    void this.focusOn('#edit-details');
  }

  private fieldErrorText(path: string): string {
    const s = this.s;
    switch (path) {
      case 'name':
        return s.nameError;
      case 'businessId':
        return s.businessIdError;
      case 'website':
        return s.websiteError;
      case 'postalCode':
        return s.postalCodeError;
      default:
        return this.t.errors.generic;
    }
  }

  private async saveDetails(event: SubmitEvent, org: Organisation) {
    event.preventDefault();
    const client = this.client;
    const d = this.draft;
    if (!client || !d || this.busy) return;
    const input = {
      name: d.name,
      sector: d.sector.trim() || null,
      businessId: d.businessId.trim() || null,
      description: d.description,
      website: d.website.trim() || null,
      postalCode: d.postalCode.trim() || null,
    };
    // The contract's own rules, before anything is sent.
    const parsed = OrganisationUpdate.safeParse(input);
    if (!parsed.success) {
      const errors: typeof this.detailErrors = {};
      for (const issue of parsed.error.issues) {
        const path = String(issue.path[0]) as DetailField;
        errors[path] ??= this.fieldErrorText(path);
      }
      this.detailErrors = errors;
      return this.focusOn('[aria-invalid="true"]');
    }
    this.busy = 'details';
    this.detailErrors = {};
    try {
      await client.organisations.update(org.id, input);
      this.editing = false;
      this.draft = null;
      this.announce(this.s.saved);
      this.changed('details');
      await this.data.run();
      await this.focusOn('#edit-details');
    } catch (error) {
      const text = await this.failure('update-organisation', error);
      const errors: typeof this.detailErrors = {};
      if (isApiErrorWith(error, 'business_id_taken')) errors.businessId = text;
      else if (error instanceof ValidationError && error.issues.length) {
        for (const issue of error.issues) {
          errors[issue.path as DetailField] ??= this.fieldErrorText(issue.path);
        }
      } else errors.form = text;
      this.detailErrors = errors;
      await this.focusOn(errors.form ? '#details-error' : '[aria-invalid="true"]');
    } finally {
      this.busy = null;
    }
  }

  // ---- members ------------------------------------------------------------------------------

  private async invite(event: SubmitEvent, org: Organisation) {
    event.preventDefault();
    const client = this.client;
    if (!client || this.busy) return;
    const email = Email.safeParse(this.inviteEmail);
    if (!email.success) {
      this.inviteError = this.s.emailError;
      return this.focusOn('#invite-email');
    }
    this.busy = 'invite';
    this.inviteError = '';
    try {
      await client.organisations.members.add(org.id, {
        email: email.data,
        role: this.inviteAdmin ? 'admin' : 'member',
      });
      this.inviteEmail = '';
      this.inviteAdmin = false;
      this.announce(this.s.invited(email.data));
      this.changed('members');
      await this.data.run();
      await this.focusOn('#invite-email');
    } catch (error) {
      this.inviteError = await this.failure('invite-member', error);
      await this.focusOn('#invite-email');
    } finally {
      this.busy = null;
    }
  }

  private async setRole(org: Organisation, member: OrganisationMember, role: 'admin' | 'member') {
    const client = this.client;
    if (!client || this.busy) return;
    this.busy = `role-${member.user.id}`;
    this.membersError = '';
    try {
      await client.organisations.members.update(org.id, member.user.id, { role });
      this.announce(this.s.roleChanged(this.who(member), role === 'admin'));
      this.changed('members');
      if (member.user.id === this.activeUser?.id) await this.refreshUser();
      await this.data.run();
    } catch (error) {
      this.membersError = await this.failure('change-role', error);
    } finally {
      this.busy = null;
    }
  }

  private who(member: OrganisationMember): string {
    return member.user.name || member.user.email;
  }

  private async ask(confirm: Confirm) {
    this.confirm = confirm;
    this.confirmError = '';
    await this.updateComplete;
    this.dialog.show();
  }

  private async confirmed() {
    const client = this.client;
    const c = this.confirm;
    const loaded = this.data.value;
    if (!client || !c || !loaded || this.busy) return;
    const s = this.s;
    const org = loaded.organisation;
    this.busy = 'confirm';
    this.confirmError = '';
    try {
      if (c.kind === 'remove-organisation') {
        await client.organisations.memberOrganisations.remove(org.id, c.organisation.id);
        this.announce(s.removedOrganisation(c.organisation.name));
        this.changed('member-organisations');
      } else {
        await client.organisations.members.remove(org.id, c.member.user.id);
        if (c.kind === 'leave') {
          this.announce(s.left(org.name));
          this.changed('left');
          this.chosen = null;
          this.dialog.close('done');
          await this.refreshUser();
          return;
        }
        this.announce(s.removedMember(c.who));
        this.changed('members');
      }
      this.dialog.close('done');
      await this.data.run();
    } catch (error) {
      this.confirmError = await this.failure(c.kind, error);
    } finally {
      this.busy = null;
    }
  }

  private onDialogClose = (event: HTMLElementEventMap['tehostamo-dialog-close']) => {
    const c = this.confirm;
    this.confirm = null;
    if (event.detail.returnValue !== 'done' || !c) return;
    // The row whose button opened the dialog is gone: the section's heading takes the focus
    // (after leaving, the first heading of what is shown now).
    event.preventDefault();
    void this.focusOn(
      c.kind === 'remove'
        ? '#members-heading'
        : c.kind === 'remove-organisation'
          ? '#umbrella-heading'
          : 'h2',
    );
  };

  // ---- join requests ------------------------------------------------------------------------

  private async decide(org: Organisation, request: JoinRequest, approve: boolean) {
    const client = this.client;
    if (!client || this.busy) return;
    this.busy = `request-${request.id}`;
    this.membersError = '';
    const who = request.user.name || request.user.email;
    try {
      if (approve) await client.organisations.joinRequests.approve(org.id, request.id);
      else await client.organisations.joinRequests.decline(org.id, request.id);
      this.announce(approve ? this.s.approved(who) : this.s.declined(who));
      this.changed('join-requests');
      await this.data.run();
      await this.focusOn('#requests-heading');
    } catch (error) {
      this.membersError = await this.failure('decide-join-request', error);
    } finally {
      this.busy = null;
    }
  }

  // ---- umbrellas' invitations --------------------------------------------------------------

  private async answerInvitation(
    org: Organisation,
    umbrella: { id: number; name: string },
    accept: boolean,
  ) {
    const client = this.client;
    if (!client || this.busy) return;
    this.busy = `invitation-${umbrella.id}`;
    this.membersError = '';
    try {
      if (accept) await client.organisations.umbrellaInvitations.accept(org.id, umbrella.id);
      else await client.organisations.umbrellaInvitations.decline(org.id, umbrella.id);
      this.announce(
        accept
          ? this.s.invitationAccepted(umbrella.name)
          : this.s.invitationDeclined(umbrella.name),
      );
      this.changed('member-organisations');
      await this.data.run();
      await this.focusOn('#requests-heading');
    } catch (error) {
      this.membersError = await this.failure('answer-umbrella-invitation', error);
    } finally {
      this.busy = null;
    }
  }

  private renderInvitations(l: Loaded) {
    const s = this.s;
    if (l.role !== 'admin' || l.invitations.length === 0) return nothing;
    const org = l.organisation;
    return html`<section class="card" part="section" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading" tabindex="-1">${s.invitations}</h2>
      <p class="muted">${s.invitationsLead}</p>
      <ul class="rows">
        ${repeat(
          l.invitations,
          (i) => i.umbrella.id,
          (i) => {
            const busy = this.busy === `invitation-${i.umbrella.id}`;
            return html`<li>
              <span class="who"><span class="name">${i.umbrella.name}</span></span>
              <span class="row-actions">
                <button
                  class="primary"
                  type="button"
                  part="button"
                  aria-label=${`${s.approve}: ${i.umbrella.name}`}
                  ?disabled=${busy}
                  @click=${() => this.answerInvitation(org, i.umbrella, true)}
                >
                  ${s.approve}
                </button>
                <button
                  type="button"
                  part="button"
                  aria-label=${`${s.decline}: ${i.umbrella.name}`}
                  ?disabled=${busy}
                  @click=${() => this.answerInvitation(org, i.umbrella, false)}
                >
                  ${s.decline}
                </button>
              </span>
            </li>`;
          },
        )}
      </ul>
    </section>`;
  }

  // ---- searching organisations (umbrella members, programme organisations) ------------------

  private async find(event: SubmitEvent, purpose: 'umbrella' | 'programme') {
    event.preventDefault();
    const client = this.client;
    const q = this.search.trim();
    if (!client || !q) return;
    this.searchFor = purpose;
    this.busy = 'search';
    try {
      const page = await client.organisations.list({ q, limit: 10 });
      this.results = page.data.filter((o) => o.id !== this.currentId);
    } catch (error) {
      this.umbrellaError = await this.failure('search-organisations', error);
      this.results = null;
    } finally {
      this.busy = null;
    }
  }

  private async addMemberOrganisation(umbrella: Organisation, candidate: Organisation) {
    const client = this.client;
    if (!client || this.busy) return;
    this.busy = `add-${candidate.id}`;
    this.umbrellaError = '';
    try {
      const added = await client.organisations.memberOrganisations.add(umbrella.id, {
        organisationId: candidate.id,
      });
      this.announce(
        added.affiliation === 'member'
          ? this.s.addedOrganisation(candidate.name)
          : this.s.invitedOrganisation(candidate.name),
      );
      this.results = null;
      this.search = '';
      this.changed('member-organisations');
      await this.data.run();
      await this.focusOn('#search-umbrella');
    } catch (error) {
      this.umbrellaError = await this.failure('add-member-organisation', error);
    } finally {
      this.busy = null;
    }
  }

  // ---- pro bono -----------------------------------------------------------------------------

  private programmeDraft(p: ProBonoProgramme): ProgrammeDraft {
    return {
      sectors: p.sectors.join(', '),
      organisations: p.organisations.map((o) => ({ id: o.id, name: o.name })),
      categories: [...p.categories],
      regions: p.regions.map((r) => r.code),
      justification: p.justification,
    };
  }

  private toggleIn<T>(list: T[], value: T, on: boolean): T[] {
    return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
  }

  private async saveProgramme(event: SubmitEvent, org: Organisation, current: ProBonoProgramme) {
    event.preventDefault();
    const client = this.client;
    const p = this.programme;
    if (!client || !p || this.busy) return;
    this.busy = 'programme';
    this.programmeError = '';
    try {
      await client.organisations.proBono.set(org.id, {
        sectors: p.sectors
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
        organisationIds: p.organisations.map((o) => o.id),
        categories: p.categories,
        regions: p.regions,
        justification: p.justification,
        groupId: current.group?.id ?? null,
      });
      this.announce(this.s.programmeSaved);
      this.changed('pro-bono');
      this.busy = null;
      await this.data.run();
    } catch (error) {
      this.programmeError = await this.failure('set-pro-bono', error);
      await this.focusOn('#programme-error');
    } finally {
      this.busy = null;
    }
  }

  // ---- creating -----------------------------------------------------------------------------

  private async create(event: SubmitEvent) {
    event.preventDefault();
    const client = this.client;
    if (!client || this.busy) return;
    const input = {
      kind: this.createKind,
      name: this.createName,
      ...(this.createBusinessId.trim() ? { businessId: this.createBusinessId } : {}),
    };
    const parsed = OrganisationCreate.safeParse(input);
    if (!parsed.success) {
      const errors: typeof this.createErrors = {};
      for (const issue of parsed.error.issues) {
        const path = String(issue.path[0]);
        if (path === 'name') errors.name = this.s.nameError;
        if (path === 'businessId') errors.businessId = this.s.businessIdError;
      }
      this.createErrors = errors;
      return this.focusOn('[aria-invalid="true"]');
    }
    this.busy = 'create';
    this.createErrors = {};
    try {
      const org = await client.organisations.create(input);
      this.announce(this.s.created(org.name));
      this.createName = '';
      this.createBusinessId = '';
      this.chosen = org.id;
      emit(this, 'tehostamo-organisation-changed', { organisationId: org.id, what: 'created' });
      await this.refreshUser();
      await this.focusOn('#details-heading');
    } catch (error) {
      const text = await this.failure('create-organisation', error);
      this.createErrors = isApiErrorWith(error, 'business_id_taken')
        ? { businessId: text }
        : { form: text };
      await this.focusOn(this.createErrors.form ? '#create-error' : '[aria-invalid="true"]');
    } finally {
      this.busy = null;
    }
  }

  // ---- rendering ----------------------------------------------------------------------------

  private renderChooser() {
    const memberships = this.activeUser?.memberships ?? [];
    if (memberships.length < 2 || this.organisationId) return nothing;
    return html`<div class="chooser">
      ${field(
        { id: 'choose-org', label: this.s.choose },
        (c) =>
          html`<select
            id=${c.id}
            @change=${(e: Event) => {
              this.chosen = Number((e.target as HTMLSelectElement).value);
              this.editing = false;
              this.results = null;
              this.programme = null;
            }}
          >
            ${memberships.map(
              (m) =>
                html`<option
                  value=${m.organisation.id}
                  ?selected=${m.organisation.id === this.currentId}
                >
                  ${m.organisation.name}
                </option>`,
            )}
          </select>`,
      )}
    </div>`;
  }

  private renderDetails(l: Loaded) {
    const s = this.s;
    const org = l.organisation;
    const admin = l.role === 'admin';
    const dash = (v: string | null | undefined) => (v ? v : s.none);
    if (this.editing && this.draft && admin) return this.renderDetailsForm(org, this.draft);
    return html`<section class="card" part="section" aria-labelledby="details-heading">
      <h2 id="details-heading" tabindex="-1">${s.details}</h2>
      ${admin ? nothing : html`<p class="notice info">${s.readOnly}</p>`}
      <dl class="facts">
        <div>
          <dt>${s.name}</dt>
          <dd>${org.name}</dd>
        </div>
        <div>
          <dt>${s.kind}</dt>
          <dd>${s.kinds[org.kind]}</dd>
        </div>
        <div>
          <dt>${s.sector}</dt>
          <dd>${dash(org.sector)}</dd>
        </div>
        <div>
          <dt>${s.businessId}</dt>
          <dd>${dash(org.businessId)}</dd>
        </div>
        <div>
          <dt>${s.postalCode}</dt>
          <dd>${dash([org.postalCode, org.municipality].filter(Boolean).join(' '))}</dd>
        </div>
        <div>
          <dt>${s.website}</dt>
          <dd>${dash(org.website)}</dd>
        </div>
        <div>
          <dt>${s.description}</dt>
          <dd class="pre">${dash(org.description)}</dd>
        </div>
        ${
          org.umbrellas.length
            ? html`<div>
                <dt>${s.umbrellas}</dt>
                <dd>${org.umbrellas.map((u) => u.name).join(', ')}</dd>
              </div>`
            : nothing
        }
      </dl>
      ${
        admin
          ? html`<div class="actions">
              <button
                id="edit-details"
                type="button"
                part="button"
                @click=${() => this.startEdit(org)}
              >
                ${s.edit}
              </button>
            </div>`
          : nothing
      }
    </section>`;
  }

  private renderDetailsForm(org: Organisation, d: Draft) {
    const s = this.s;
    const e = this.detailErrors;
    const busy = this.busy === 'details';
    const input = (
      key: DetailField,
      label: string,
      opts: {
        hint?: string;
        optional?: boolean;
        attrs?: { inputmode?: string; maxlength: number; autocomplete?: string };
      },
    ) =>
      field(
        {
          id: `org-${key === 'businessId' ? 'business-id' : key === 'postalCode' ? 'postal-code' : key}`,
          label,
          ...(opts.hint ? { hint: opts.hint } : {}),
          ...(opts.optional ? { optional: this.t.common.optional } : {}),
          error: e[key] ?? '',
        },
        (c) =>
          html`<input
            id=${c.id}
            maxlength=${opts.attrs?.maxlength ?? 200}
            inputmode=${opts.attrs?.inputmode ?? 'text'}
            autocomplete=${opts.attrs?.autocomplete ?? 'off'}
            aria-describedby=${c.describedBy}
            aria-invalid=${c.invalid}
            .value=${d[key]}
            @input=${(ev: InputEvent) => {
              this.draft = { ...d, [key]: (ev.target as HTMLInputElement).value };
            }}
          />`,
      );
    return html`<section class="card" part="section" aria-labelledby="details-heading">
      <h2 id="details-heading" tabindex="-1">${s.details}</h2>
      <form @submit=${(ev: SubmitEvent) => this.saveDetails(ev, org)} novalidate>
        ${input('name', s.name, { attrs: { maxlength: 200, autocomplete: 'organization' } })}
        ${input('sector', s.sector, { hint: s.sectorHint, optional: true, attrs: { maxlength: 100 } })}
        ${input('businessId', s.businessId, { hint: s.businessIdHint, optional: true, attrs: { maxlength: 9 } })}
        ${input('postalCode', s.postalCode, { optional: true, attrs: { maxlength: 5, inputmode: 'numeric', autocomplete: 'postal-code' } })}
        ${input('website', s.website, { optional: true, attrs: { maxlength: 300, inputmode: 'url', autocomplete: 'url' } })}
        ${field(
          { id: 'org-description', label: s.description, optional: this.t.common.optional },
          (c) =>
            html`<textarea
              id=${c.id}
              rows="4"
              maxlength="2000"
              aria-describedby=${c.describedBy}
              .value=${d.description}
              @input=${(ev: InputEvent) => {
                this.draft = { ...d, description: (ev.target as HTMLTextAreaElement).value };
              }}
            ></textarea>`,
        )}
        ${e.form ? html`<p id="details-error" class="notice error" role="alert" tabindex="-1">${e.form}</p>` : nothing}
        <div class="actions">
          <button class="primary" part="button" type="submit" ?disabled=${busy}>
            ${busy ? s.saving : s.save}
          </button>
          <button type="button" part="button" @click=${this.stopEdit}>${s.cancel}</button>
        </div>
      </form>
    </section>`;
  }

  private renderMembers(l: Loaded) {
    const s = this.s;
    const admin = l.role === 'admin';
    const me = this.activeUser?.id;
    const admins = l.members.filter((m) => m.role === 'admin').length;
    const org = l.organisation;
    const mine = l.members.find((m) => m.user.id === me);
    const lastAdmin = mine?.role === 'admin' && admins <= 1;
    return html`<section class="card" part="section" aria-labelledby="members-heading">
      <h2 id="members-heading" tabindex="-1">${s.members}</h2>
      ${this.membersError ? html`<p class="notice error" role="alert">${this.membersError}</p>` : nothing}
      <ul class="rows" part="members">
        ${repeat(
          l.members,
          (m) => m.user.id,
          (m) => {
            const who = this.who(m);
            const self = m.user.id === me;
            const busy = this.busy === `role-${m.user.id}`;
            return html`<li>
              <span class="who">
                <span class="name">${m.user.name || m.user.email}</span>
                ${m.user.name ? html`<span class="muted">${m.user.email}</span>` : nothing}
                <span class="role">${m.role === 'admin' ? s.admin : s.member}</span>
                ${self ? html`<span class="muted">${s.you}</span>` : nothing}
              </span>
              ${
                admin && !self
                  ? html`<span class="row-actions">
                      ${
                        m.role === 'admin'
                          ? html`<button
                              type="button"
                              part="button"
                              aria-label=${s.makeMemberLabel(who)}
                              ?disabled=${busy}
                              @click=${() => this.setRole(org, m, 'member')}
                            >
                              ${s.makeMember}
                            </button>`
                          : html`<button
                              type="button"
                              part="button"
                              aria-label=${s.makeAdminLabel(who)}
                              ?disabled=${busy}
                              @click=${() => this.setRole(org, m, 'admin')}
                            >
                              ${s.makeAdmin}
                            </button>`
                      }
                      <button
                        type="button"
                        part="button"
                        aria-label=${s.removeLabel(who)}
                        @click=${() => this.ask({ kind: 'remove', member: m, who })}
                      >
                        ${s.remove}
                      </button>
                    </span>`
                  : nothing
              }
            </li>`;
          },
        )}
      </ul>
      ${
        mine
          ? lastAdmin
            ? html`<p class="muted">${s.lastAdmin}</p>`
            : html`<div class="actions">
                <button
                  type="button"
                  part="button"
                  @click=${() => this.ask({ kind: 'leave', member: mine })}
                >
                  ${s.leave}
                </button>
              </div>`
          : nothing
      }
      ${admin ? this.renderInvite(org) : nothing}
    </section>`;
  }

  private renderInvite(org: Organisation) {
    const s = this.s;
    const busy = this.busy === 'invite';
    return html`<form class="invite" @submit=${(e: SubmitEvent) => this.invite(e, org)} novalidate>
      <h3>${s.invite}</h3>
      ${field(
        { id: 'invite-email', label: s.inviteEmail, hint: s.inviteHint, error: this.inviteError },
        (c) =>
          html`<input
            id=${c.id}
            type="email"
            autocomplete="off"
            maxlength="254"
            aria-describedby=${c.describedBy}
            aria-invalid=${c.invalid}
            .value=${this.inviteEmail}
            @input=${(e: InputEvent) => {
              this.inviteEmail = (e.target as HTMLInputElement).value;
              this.inviteError = '';
            }}
          />`,
      )}
      <label class="check">
        <input
          type="checkbox"
          .checked=${this.inviteAdmin}
          @change=${(e: Event) => (this.inviteAdmin = (e.target as HTMLInputElement).checked)}
        />
        ${s.inviteAsAdmin}
      </label>
      <div class="actions">
        <button class="primary" part="button" type="submit" ?disabled=${busy}>
          ${busy ? s.inviting : s.inviteButton}
        </button>
      </div>
    </form>`;
  }

  private renderJoinRequests(l: Loaded) {
    const s = this.s;
    if (l.role !== 'admin') return nothing;
    const org = l.organisation;
    return html`<section class="card" part="section" aria-labelledby="requests-heading">
      <h2 id="requests-heading" tabindex="-1">${s.joinRequests}</h2>
      ${
        l.joinRequests.length === 0
          ? html`<p class="muted">${s.noJoinRequests}</p>`
          : html`<ul class="rows">
              ${repeat(
                l.joinRequests,
                (r) => r.id,
                (r) => {
                  const who = r.user.name || r.user.email;
                  const busy = this.busy === `request-${r.id}`;
                  return html`<li>
                    <span class="who">
                      <span class="name">${who}</span>
                      <span class="muted">${r.user.email}</span>
                      <span class="muted">
                        ${s.requestedOn(formatDate(r.createdAt, this.language))}${r.task ? html` ${s.withTask(r.task.title)}` : nothing}
                      </span>
                    </span>
                    <span class="row-actions">
                      <button
                        class="primary"
                        type="button"
                        part="button"
                        aria-label=${s.approveLabel(who)}
                        ?disabled=${busy}
                        @click=${() => this.decide(org, r, true)}
                      >
                        ${s.approve}
                      </button>
                      <button
                        type="button"
                        part="button"
                        aria-label=${s.declineLabel(who)}
                        ?disabled=${busy}
                        @click=${() => this.decide(org, r, false)}
                      >
                        ${s.decline}
                      </button>
                    </span>
                  </li>`;
                },
              )}
            </ul>`
      }
    </section>`;
  }

  private renderSearch(
    purpose: 'umbrella' | 'programme',
    onPick: (o: Organisation) => void,
    pickLabel: (o: string) => string,
    exclude: number[],
  ) {
    const s = this.s;
    const id = `search-${purpose}`;
    const results = this.searchFor === purpose ? this.results : null;
    return html`<form
        class="search"
        @submit=${(e: SubmitEvent) => this.find(e, purpose)}
        novalidate
      >
        ${field(
          {
            id,
            label: purpose === 'umbrella' ? s.searchOrganisation : s.organisations,
            hint: purpose === 'umbrella' ? s.searchHint : s.organisationsHint,
            class: 'grow',
          },
          (c) =>
            html`<input
              id=${c.id}
              type="search"
              autocomplete="off"
              maxlength="100"
              aria-describedby=${c.describedBy}
              .value=${this.searchFor === purpose || !this.searchFor ? this.search : ''}
              @input=${(e: InputEvent) => {
                this.searchFor = purpose;
                this.search = (e.target as HTMLInputElement).value;
              }}
            />`,
        )}
        <button type="submit" part="button">${s.search}</button>
      </form>
      ${
        results
          ? results.filter((o) => !exclude.includes(o.id)).length === 0
            ? html`<p class="muted" role="status">${s.noMatches}</p>`
            : html`<ul class="rows results">
                ${results
                  .filter((o) => !exclude.includes(o.id))
                  .map(
                    (o) =>
                      html`<li>
                        <span class="who"
                          ><span class="name">${o.name}</span
                          ><span class="muted"
                            >${s.kinds[o.kind]}${o.municipality ? `, ${o.municipality}` : ''}</span
                          ></span
                        >
                        <button
                          type="button"
                          part="button"
                          aria-label=${pickLabel(o.name)}
                          @click=${() => onPick(o)}
                        >
                          ${s.add}
                        </button>
                      </li>`,
                  )}
              </ul>`
          : nothing
      }`;
  }

  private renderUmbrella(l: Loaded) {
    const s = this.s;
    if (l.organisation.kind !== 'umbrella') return nothing;
    const admin = l.role === 'admin';
    const org = l.organisation;
    return html`<section class="card" part="section" aria-labelledby="umbrella-heading">
      <h2 id="umbrella-heading" tabindex="-1">${s.memberOrganisations}</h2>
      ${this.umbrellaError ? html`<p class="notice error" role="alert">${this.umbrellaError}</p>` : nothing}
      ${
        l.memberOrganisations.length === 0
          ? html`<p class="muted">${s.noMemberOrganisations}</p>`
          : html`<ul class="rows">
              ${l.memberOrganisations.map(
                (o) =>
                  html`<li>
                    <span class="who"
                      ><span class="name">${o.name}</span
                      ><span class="muted"
                        >${s.kinds[o.kind]}${o.municipality ? `, ${o.municipality}` : ''}</span
                      ></span
                    >
                    ${
                      admin
                        ? html`<button
                            type="button"
                            part="button"
                            aria-label=${s.removeOrganisationLabel(o.name)}
                            @click=${() => this.ask({ kind: 'remove-organisation', organisation: o })}
                          >
                            ${s.remove}
                          </button>`
                        : nothing
                    }
                  </li>`,
              )}
            </ul>`
      }
      ${
        admin
          ? html`<h3>${s.addMemberOrganisation}</h3>
              ${this.renderSearch(
                'umbrella',
                (o) => this.addMemberOrganisation(org, o),
                s.addLabel,
                l.memberOrganisations.map((o) => o.id),
              )}`
          : nothing
      }
    </section>`;
  }

  private renderProgramme(l: Loaded) {
    const s = this.s;
    const p = l.programme;
    if (l.organisation.kind !== 'company' || !p) return nothing;
    const admin = l.role === 'admin';
    const lang = this.language;
    const list = (items: string[]) => (items.length ? items.join(', ') : s.unrestricted);
    const body =
      admin && this.programme
        ? this.renderProgrammeForm(l.organisation, p, this.programme)
        : html`<dl class="facts">
            <div>
              <dt>${s.sectors}</dt>
              <dd>${list(p.sectors)}</dd>
            </div>
            <div>
              <dt>${s.organisations}</dt>
              <dd>${list(p.organisations.map((o) => o.name))}</dd>
            </div>
            <div>
              <dt>${s.categories}</dt>
              <dd>${list(p.categories.map((c) => categoryName(c, lang)))}</dd>
            </div>
            <div>
              <dt>${s.regions}</dt>
              <dd>
                ${list(p.regions.map((r) => REGIONS.find((x) => x.code === r.code)?.[lang] ?? r.name))}
              </dd>
            </div>
            <div>
              <dt>${s.justification}</dt>
              <dd class="pre">${p.justification || s.none}</dd>
            </div>
          </dl>`;
    return html`<section class="card" part="section" aria-labelledby="programme-heading">
      <h2 id="programme-heading" tabindex="-1">${s.proBono}</h2>
      <p class="muted">${s.proBonoLead}</p>
      ${p.group ? html`<p>${s.proBonoGroup(p.group.name, p.group.memberCount)}</p>` : nothing}
      ${body} ${this.renderPreview()}
    </section>`;
  }

  private renderProgrammeForm(org: Organisation, current: ProBonoProgramme, p: ProgrammeDraft) {
    const s = this.s;
    const lang = this.language;
    const busy = this.busy === 'programme';
    const set = (next: Partial<ProgrammeDraft>) => (this.programme = { ...p, ...next });
    return html`<form
        class="programme"
        @submit=${(e: SubmitEvent) => this.saveProgramme(e, org, current)}
        novalidate
      >
        ${field(
          {
            id: 'programme-sectors',
            label: s.sectors,
            hint: s.sectorsHint,
            optional: this.t.common.optional,
          },
          (c) =>
            html`<input
              id=${c.id}
              autocomplete="off"
              aria-describedby=${c.describedBy}
              .value=${p.sectors}
              @input=${(e: InputEvent) => set({ sectors: (e.target as HTMLInputElement).value })}
            />`,
        )}
        <fieldset>
          <legend>${s.organisations}</legend>
          ${
            p.organisations.length
              ? html`<ul class="chips">
                  ${p.organisations.map(
                    (o) =>
                      html`<li class="chip">
                        ${o.name}
                        <button
                          type="button"
                          class="link"
                          part="button"
                          aria-label=${`${s.remove}: ${o.name}`}
                          @click=${() => set({ organisations: p.organisations.filter((x) => x.id !== o.id) })}
                        >
                          ${s.remove}
                        </button>
                      </li>`,
                  )}
                </ul>`
              : html`<p class="muted">${s.unrestricted}</p>`
          }
        </fieldset>
      </form>
      ${this.renderSearch(
        'programme',
        (o) => {
          set({ organisations: [...p.organisations, { id: o.id, name: o.name }] });
          this.results = null;
          this.search = '';
        },
        (name) => `${s.add}: ${name}`,
        p.organisations.map((o) => o.id),
      )}
      <form
        class="programme"
        @submit=${(e: SubmitEvent) => this.saveProgramme(e, org, current)}
        novalidate
      >
        <fieldset>
          <legend>${s.categories}</legend>
          <div class="checks">
            ${CATEGORIES.map(
              (c) =>
                html`<label class="check">
                  <input
                    type="checkbox"
                    .checked=${p.categories.includes(c.slug)}
                    @change=${(e: Event) => set({ categories: this.toggleIn(p.categories, c.slug, (e.target as HTMLInputElement).checked) })}
                  />
                  ${categoryName(c.slug, lang)}
                </label>`,
            )}
          </div>
        </fieldset>
        <fieldset>
          <legend>${s.regions}</legend>
          <div class="checks">
            ${REGIONS.map(
              (r) =>
                html`<label class="check">
                  <input
                    type="checkbox"
                    .checked=${p.regions.includes(r.code)}
                    @change=${(e: Event) => set({ regions: this.toggleIn(p.regions, r.code, (e.target as HTMLInputElement).checked) })}
                  />
                  ${r[lang]}
                </label>`,
            )}
          </div>
        </fieldset>
        ${field(
          { id: 'programme-justification', label: s.justification, hint: s.justificationHint },
          (c) =>
            html`<textarea
              id=${c.id}
              rows="4"
              maxlength="5000"
              aria-describedby=${c.describedBy}
              .value=${p.justification}
              @input=${(e: InputEvent) => set({ justification: (e.target as HTMLTextAreaElement).value })}
            ></textarea>`,
        )}
        ${this.programmeError ? html`<p id="programme-error" class="notice error" role="alert" tabindex="-1">${this.programmeError}</p>` : nothing}
        <div class="actions">
          <button class="primary" part="button" type="submit" ?disabled=${busy}>
            ${busy ? s.saving : s.saveProgramme}
          </button>
        </div>
      </form>`;
  }

  private renderPreview() {
    const s = this.s;
    const lang = this.language;
    const items = (page: { data: Task[]; nextCursor: string | null }) =>
      page.data.length === 0
        ? html`<p class="muted">${s.previewEmpty}</p>`
        : html`<ul class="rows">
              ${page.data.map(
                (t) =>
                  html`<li>
                    <span class="who">
                      <a class="name" href="/tasks/${t.id}">${t.title}</a>
                      <span class="muted"
                        >${categoryName(t.category, lang)} ·
                        ${t.organisation.name}${t.location ? ` · ${t.location.municipality.name}` : ''}</span
                      >
                    </span>
                  </li>`,
              )}
            </ul>
            ${page.nextCursor ? html`<p class="muted">${s.previewMore}</p>` : nothing}`;
    return html`<div class="preview" part="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">${s.preview}</h3>
      <p class="muted">${s.previewLead}</p>
      ${this.preview.render({
        initial: () => nothing,
        pending: () =>
          this.preview.value
            ? items(this.preview.value)
            : html`<p class="muted" aria-busy="true">${this.t.common.loading}</p>`,
        complete: items,
      })}
    </div>`;
  }

  private renderCreate() {
    const s = this.s;
    const e = this.createErrors;
    const busy = this.busy === 'create';
    return html`<p>${s.noOrganisation}</p>
      <section class="card" part="section" aria-labelledby="create-heading">
        <h2 id="create-heading" tabindex="-1">${s.createHeading}</h2>
        <form @submit=${this.create} novalidate>
          ${field(
            { id: 'create-kind', label: s.kind },
            (c) =>
              html`<select
                id=${c.id}
                @change=${(ev: Event) => (this.createKind = (ev.target as HTMLSelectElement).value as OrganisationKind)}
              >
                ${KINDS.map((k) => html`<option value=${k} ?selected=${k === this.createKind}>${s.kinds[k]}</option>`)}
              </select>`,
          )}
          ${field(
            { id: 'create-name', label: s.name, error: e.name ?? '' },
            (c) =>
              html`<input
                id=${c.id}
                autocomplete="organization"
                maxlength="200"
                aria-describedby=${c.describedBy}
                aria-invalid=${c.invalid}
                .value=${this.createName}
                @input=${(ev: InputEvent) => (this.createName = (ev.target as HTMLInputElement).value)}
              />`,
          )}
          ${field(
            {
              id: 'create-business-id',
              label: s.businessId,
              hint: s.businessIdHint,
              optional: this.t.common.optional,
              error: e.businessId ?? '',
            },
            (c) =>
              html`<input
                id=${c.id}
                autocomplete="off"
                maxlength="9"
                aria-describedby=${c.describedBy}
                aria-invalid=${c.invalid}
                .value=${this.createBusinessId}
                @input=${(ev: InputEvent) => (this.createBusinessId = (ev.target as HTMLInputElement).value)}
              />`,
          )}
          ${e.form ? html`<p id="create-error" class="notice error" role="alert" tabindex="-1">${e.form}</p>` : nothing}
          <div class="actions">
            <button class="primary" part="button" type="submit" ?disabled=${busy}>
              ${busy ? s.creating : s.create}
            </button>
          </div>
        </form>
      </section>`;
  }

  private renderDialog() {
    const s = this.s;
    const c = this.confirm;
    const org = this.data.value?.organisation;
    const busy = this.busy === 'confirm';
    let label = '';
    let text = '';
    let action = s.remove;
    if (c?.kind === 'remove') {
      label = s.confirmRemove(c.who);
      text = s.confirmRemoveText;
    } else if (c?.kind === 'leave') {
      label = s.confirmLeave(org?.name ?? '');
      text = s.confirmLeaveText;
      action = s.leave;
    } else if (c?.kind === 'remove-organisation') {
      label = s.removeOrganisationLabel(c.organisation.name);
    }
    return html`<tehostamo-dialog
      exportparts="dialog"
      label=${label}
      @tehostamo-dialog-close=${this.onDialogClose}
    >
      ${text ? html`<p>${text}</p>` : nothing}
      ${this.confirmError ? html`<p class="notice error" role="alert">${this.confirmError}</p>` : nothing}
      <button
        class="primary"
        part="button"
        type="button"
        slot="footer"
        ?disabled=${busy}
        @click=${this.confirmed}
      >
        ${busy ? s.working : action}
      </button>
      <button type="button" part="button" slot="footer" @click=${() => this.dialog.close()}>
        ${s.keep}
      </button>
    </tehostamo-dialog>`;
  }

  private renderBody(): unknown {
    const s = this.s;
    if (!this.client) return html`<p>${this.t.common.notConnected}</p>`;
    const user = this.activeUser;
    if (user === undefined) return html`<p class="muted" aria-busy="true">${s.loading}</p>`;
    if (user === null) {
      return html`<tehostamo-sign-in
        view="helper"
        .client=${this.activeClient}
        .intro=${s.signInToSee}
        @tehostamo-sign-in=${this.onSignedIn}
      ></tehostamo-sign-in>`;
    }
    if (!this.currentId || !this.myRole) return this.renderCreate();
    const sections = (l: Loaded) =>
      html`${this.renderDetails(l)} ${this.renderMembers(l)} ${this.renderInvitations(l)}
      ${this.renderJoinRequests(l)} ${this.renderUmbrella(l)} ${this.renderProgramme(l)}`;
    return html`${this.renderChooser()}
    ${this.data.render({
      initial: () => html`<p class="muted" aria-busy="true">${s.loading}</p>`,
      pending: () =>
        this.data.value && this.data.value.organisation.id === this.currentId
          ? sections(this.data.value)
          : html`<p class="muted" aria-busy="true" role="status">${s.loading}</p>`,
      errorHeading: s.loadError,
      complete: sections,
    })}`;
  }

  protected override render() {
    return html`<div class=${this.baseClasses('helper')} part="base" lang=${this.language}>
      ${this.renderBody()} ${this.renderDialog()}
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tehostamo-organisation': TehostamoOrganisation;
  }
}
