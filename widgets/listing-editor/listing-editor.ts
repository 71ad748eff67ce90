import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { isApiErrorWith } from '../../sdk/errors.ts';
import type {
  ChannelOut,
  DirectoryListingInput,
  DirectoryServiceInput,
  EditableListing,
} from '../../sdk/schemas/directory.ts';
import {
  languageLabels,
  targetGroupLabels,
  themeLabels,
  type Label,
} from '../../sdk/schemas/directory-vocabulary.ts';
import { emit } from '../events.ts';
import { formatDate } from '../i18n/index.ts';
import { field } from '../shared/field.ts';
import { serverFieldIssues } from '../shared/errors.ts';
import { initialState } from '../shared/load.ts';
import { TehostamoElement } from '../shared/tehostamo-element.ts';
import { controls } from '../styles/controls.ts';
import { theme } from '../styles/theme.ts';
import { listingEditorStyles } from './listing-editor.styles.ts';
import { listingEditorStrings, type ListingEditorStrings } from './strings.ts';

/** One service as the form edits it: the first channel of each kind in plain fields. */
interface ServiceDraft {
  id?: number;
  nameFi: string;
  nameSv: string;
  descriptionFi: string;
  targetGroups: string[];
  themes: string[];
  keywords: string;
  free: boolean;
  feeDescription: string;
  referral: boolean;
  phone: string;
  web: string;
  online: string;
  placeStreet: string;
  placePostalCode: string;
  openingHours: string;
  /** Channels the form does not show (a second phone …), kept as they are. */
  otherChannels: ChannelOut[];
}

interface Draft {
  descriptionFi: string;
  descriptionSv: string;
  descriptionEn: string;
  email: string;
  phone: string;
  website: string;
  street: string;
  postalCode: string;
  wholeCountry: boolean;
  regions: string;
  municipalities: string;
  languages: string[];
  internalName: string;
  internalEmail: string;
  keeperNotes: string;
  services: ServiceDraft[];
}

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
const opt = (s: string) => (s.trim() ? s.trim() : undefined);

function serviceDraft(svc?: EditableListing['services'][number]): ServiceDraft {
  const first = <K extends ChannelOut['kind']>(kind: K) =>
    svc?.channels.find((c): c is Extract<ChannelOut, { kind: K }> => c.kind === kind);
  const phone = first('phone');
  const web = first('web');
  const online = first('online');
  const place = first('place');
  const shown = new Set<ChannelOut | undefined>([phone, web, online, place]);
  return {
    ...(svc ? { id: svc.id } : {}),
    nameFi: svc?.name.fi ?? '',
    nameSv: svc?.name.sv ?? '',
    descriptionFi: svc?.description.fi ?? '',
    targetGroups: [...(svc?.targetGroups ?? [])],
    themes: [...(svc?.themes ?? [])],
    keywords: (svc?.keywords ?? []).join(', '),
    free: svc?.fee.free ?? true,
    feeDescription: svc?.fee.description ?? '',
    referral: svc?.referralRequired ?? false,
    phone: phone?.number ?? '',
    web: web?.url ?? '',
    online: online?.url ?? '',
    placeStreet: place?.street ?? '',
    placePostalCode: place?.postalCode ?? '',
    openingHours: place?.openingHours ?? '',
    otherChannels: (svc?.channels ?? []).filter((c) => !shown.has(c)),
  };
}

function draftOf(l: EditableListing): Draft {
  return {
    descriptionFi: l.description.fi,
    descriptionSv: l.description.sv ?? '',
    descriptionEn: l.description.en ?? '',
    email: l.email ?? '',
    phone: l.phone ?? '',
    website: l.website ?? '',
    street: l.street ?? '',
    postalCode: l.postalCode ?? '',
    wholeCountry: l.areas.wholeCountry,
    regions: l.areas.regions.map((r) => r.name).join(', '),
    municipalities: l.areas.municipalities.map((m) => m.name).join(', '),
    languages: [...l.languages],
    internalName: l.internalContact?.name ?? '',
    internalEmail: l.internalContact?.email ?? '',
    keeperNotes: l.keeperNotes ?? '',
    services: l.services.map((s) => serviceDraft(s)),
  };
}

function channelIn(c: ChannelOut): NonNullable<DirectoryServiceInput['channels']>[number] {
  if (c.kind === 'place') {
    return {
      kind: 'place',
      street: c.street,
      postalCode: c.postalCode,
      ...(c.name ? { name: c.name } : {}),
      ...(c.openingHours ? { openingHours: c.openingHours } : {}),
    };
  }
  return c;
}

/** The form's draft as the API takes it. */
export function inputOf(d: Draft): DirectoryListingInput {
  return {
    description: { fi: d.descriptionFi, sv: opt(d.descriptionSv), en: opt(d.descriptionEn) },
    email: opt(d.email) ?? null,
    phone: opt(d.phone) ?? null,
    website: opt(d.website) ?? null,
    street: opt(d.street) ?? null,
    postalCode: opt(d.postalCode) ?? null,
    areas: {
      wholeCountry: d.wholeCountry,
      regions: list(d.regions),
      municipalities: list(d.municipalities),
    },
    languages: d.languages as DirectoryListingInput['languages'],
    internalContact:
      opt(d.internalName) || opt(d.internalEmail)
        ? { name: opt(d.internalName), email: opt(d.internalEmail) }
        : null,
    keeperNotes: opt(d.keeperNotes) ?? null,
    services: d.services.map((s) => ({
      ...(s.id ? { id: s.id } : {}),
      name: { fi: s.nameFi, sv: opt(s.nameSv) },
      description: { fi: s.descriptionFi },
      targetGroups: s.targetGroups as never,
      themes: s.themes as never,
      keywords: list(s.keywords),
      fee: { free: s.free, ...(opt(s.feeDescription) ? { description: s.feeDescription } : {}) },
      referralRequired: s.referral,
      channels: [
        ...(opt(s.placeStreet) && opt(s.placePostalCode)
          ? [
              {
                kind: 'place' as const,
                street: s.placeStreet,
                postalCode: s.placePostalCode,
                ...(opt(s.openingHours) ? { openingHours: s.openingHours } : {}),
              },
            ]
          : []),
        ...(opt(s.phone) ? [{ kind: 'phone' as const, number: s.phone }] : []),
        ...(opt(s.web) ? [{ kind: 'web' as const, url: s.web }] : []),
        ...(opt(s.online) ? [{ kind: 'online' as const, url: s.online }] : []),
        ...s.otherChannels.map(channelIn),
      ],
    })),
  };
}

/**
 * Edits an organisation's listing in the directory: its description, public contact, areas and
 * languages, the private fields for the directory's keepers, and its services with their target
 * groups, themes, fee, referral and how to reach them. For the organisation's members
 * (`organisation-id`, in the app's settings), or for anyone holding an emailed one-time link
 * (`token`): a link saves once.
 *
 * @summary Edit an organisation's directory listing, as a member or with an emailed link.
 *
 * @event tehostamo-listing-saved - Saved: `detail.listing`, `detail.byLink`.
 * @event tehostamo-error - Loading or saving failed: `detail.action` (`load-listing`, `save-listing`).
 *
 * @csspart base - The wrapper that carries the theme.
 * @csspart form - The form.
 * @csspart service - One service's fieldset.
 * @csspart state - Loading, error and saved messages.
 * @csspart button - Buttons.
 *
 * @cssproperty --tehostamo-accent - Accent colour.
 * @cssproperty --tehostamo-surface - Background.
 * @cssproperty --tehostamo-text - Text colour.
 * @cssproperty --tehostamo-border - Borders.
 * @cssproperty --tehostamo-focus-ring - Focus outline colour.
 * @cssproperty --tehostamo-radius - Corner radius.
 */
@customElement('tehostamo-listing-editor')
export class TehostamoListingEditor extends TehostamoElement {
  static override styles = [theme, controls, listingEditorStyles];

  /** The organisation whose listing a member edits. */
  @property({ attribute: 'organisation-id', type: Number }) organisationId?: number;
  /** An emailed link's secret (`tel_…`): edits that listing, and saves once. */
  @property() token?: string;

  @state() private draft: Draft | null = null;
  @state() private saving = false;
  @state() private saved = '';
  @state() private problems: string[] = [];
  @state() private used = false;

  private get s(): ListingEditorStrings {
    return listingEditorStrings.get(this.language);
  }

  protected override get catalogues() {
    return [...super.catalogues, listingEditorStrings];
  }

  private listing = this.loader({
    action: 'load-listing',
    args: () => [this.activeClient, this.organisationId, this.token] as const,
    run: ([client, id, token], signal) => {
      const d = client?.directory;
      if (!d) return Promise.resolve(initialState);
      if (token) return d.editLink.open({ token }, { signal });
      if (id) return d.listings.getEditable(id, { signal });
      return Promise.resolve(initialState);
    },
    onComplete: (l: EditableListing) => {
      this.draft = draftOf(l);
      this.saved = '';
      this.used = false;
    },
  });

  private set<K extends keyof Draft>(key: K, value: Draft[K]): void {
    if (this.draft) this.draft = { ...this.draft, [key]: value };
  }

  private setService<K extends keyof ServiceDraft>(i: number, key: K, value: ServiceDraft[K]) {
    if (!this.draft) return;
    const services = this.draft.services.map((s, j) => (j === i ? { ...s, [key]: value } : s));
    this.draft = { ...this.draft, services };
  }

  private toggle(list: string[], code: string, on: boolean): string[] {
    return on ? [...new Set([...list, code])] : list.filter((c) => c !== code);
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.activeClient?.directory;
    if (!client || !this.draft || this.saving) return;
    this.saving = true;
    this.problems = [];
    this.saved = '';
    try {
      const input = inputOf(this.draft);
      const byLink = Boolean(this.token);
      const listing = this.token
        ? await client.editLink.save({ token: this.token, listing: input })
        : await client.listings.update(this.organisationId!, input);
      this.draft = draftOf(listing);
      this.saved = byLink ? this.s.savedByLink : this.s.saved;
      this.used = byLink;
      this.announce(this.saved);
      emit(this, 'tehostamo-listing-saved', { listing, byLink });
    } catch (error) {
      const issues = serverFieldIssues(error);
      this.problems = issues.length
        ? issues.map((i) => `${i.path}: ${i.message}`)
        : [await this.failure('save-listing', error)];
      if (isApiErrorWith(error, 410)) this.problems = [this.s.linkInvalid];
    } finally {
      this.saving = false;
    }
  }

  private checkboxes(
    legend: string,
    name: string,
    labels: Record<string, Label>,
    selected: string[],
    onChange: (next: string[]) => void,
  ) {
    return html`<fieldset class="checks">
      <legend>${legend}</legend>
      ${Object.entries(labels).map(
        ([code, label]) =>
          html`<label class="check"
            ><input
              type="checkbox"
              name=${name}
              value=${code}
              .checked=${selected.includes(code)}
              @change=${(e: Event) =>
                onChange(this.toggle(selected, code, (e.target as HTMLInputElement).checked))}
            />
            ${label[this.language]}</label
          >`,
      )}
    </fieldset>`;
  }

  private input(
    id: string,
    label: string,
    value: string,
    onInput: (v: string) => void,
    options: { type?: string; hint?: string; optional?: boolean; multiline?: boolean } = {},
  ) {
    return field(
      {
        id,
        label,
        ...(options.hint ? { hint: options.hint } : {}),
        ...(options.optional ? { optional: this.s.optional } : {}),
      },
      (c) =>
        options.multiline
          ? html`<textarea
              id=${c.id}
              rows="3"
              aria-describedby=${c.describedBy}
              .value=${value}
              @input=${(e: Event) => onInput((e.target as HTMLTextAreaElement).value)}
            ></textarea>`
          : html`<input
              id=${c.id}
              type=${options.type ?? 'text'}
              aria-describedby=${c.describedBy}
              .value=${value}
              @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
            />`,
    );
  }

  private renderService(svc: ServiceDraft, i: number) {
    const s = this.s;
    const p = `svc${i}`;
    const title = svc.nameFi || s.service(i + 1);
    const on =
      <K extends keyof ServiceDraft>(key: K) =>
      (v: ServiceDraft[K]) =>
        this.setService(i, key, v);
    return html`<fieldset class="service" part="service">
      <legend>${title}</legend>
      ${this.input(`${p}-name`, s.name, svc.nameFi, on('nameFi'))}
      ${this.input(`${p}-name-sv`, `${s.name} ${s.inSwedish}`, svc.nameSv, on('nameSv'), {
        optional: true,
      })}
      ${this.input(
        `${p}-description`,
        s.serviceDescription,
        svc.descriptionFi,
        on('descriptionFi'),
        {
          multiline: true,
        },
      )}
      ${this.checkboxes(s.targetGroups, `${p}-tg`, targetGroupLabels, svc.targetGroups, on('targetGroups'))}
      ${this.checkboxes(s.themes, `${p}-th`, themeLabels, svc.themes, on('themes'))}
      ${this.input(`${p}-keywords`, s.keywords, svc.keywords, on('keywords'), {
        hint: s.listHint,
        optional: true,
      })}
      <label class="check"
        ><input
          type="checkbox"
          .checked=${svc.free}
          @change=${(e: Event) => this.setService(i, 'free', (e.target as HTMLInputElement).checked)}
        />
        ${s.free}</label
      >
      ${
        svc.free
          ? nothing
          : this.input(`${p}-fee`, s.feeDescription, svc.feeDescription, on('feeDescription'), {
              optional: true,
            })
      }
      <label class="check"
        ><input
          type="checkbox"
          .checked=${svc.referral}
          @change=${(e: Event) =>
            this.setService(i, 'referral', (e.target as HTMLInputElement).checked)}
        />
        ${s.referral}</label
      >
      <fieldset>
        <legend>${s.channels}</legend>
        ${this.input(`${p}-phone`, s.phone, svc.phone, on('phone'), { type: 'tel', optional: true })}
        ${this.input(`${p}-web`, s.website, svc.web, on('web'), { type: 'url', optional: true })}
        ${this.input(`${p}-online`, s.onlineUrl, svc.online, on('online'), {
          type: 'url',
          optional: true,
        })}
        ${this.input(`${p}-street`, s.placeStreet, svc.placeStreet, on('placeStreet'), {
          optional: true,
        })}
        ${this.input(`${p}-postal`, s.placePostalCode, svc.placePostalCode, on('placePostalCode'), {
          optional: true,
        })}
        ${this.input(`${p}-hours`, s.openingHours, svc.openingHours, on('openingHours'), {
          optional: true,
        })}
      </fieldset>
      <button
        type="button"
        part="button"
        @click=${() =>
          this.draft &&
          this.set(
            'services',
            this.draft.services.filter((_x, j) => j !== i),
          )}
      >
        ${s.removeService(title)}
      </button>
    </fieldset>`;
  }

  private renderForm(l: EditableListing) {
    const s = this.s;
    const d = this.draft;
    if (!d) return nothing;
    if (this.used) {
      return html`<h2>${s.heading(l.organisation.name)}</h2>
        <p role="status" class="saved" part="state">${this.saved}</p>`;
    }
    const on =
      <K extends keyof Draft>(key: K) =>
      (v: Draft[K]) =>
        this.set(key, v);
    return html`<form part="form" @submit=${(e: SubmitEvent) => void this.save(e)} novalidate>
      <h2>${s.heading(l.organisation.name)}</h2>
      <p class="checked">${s.checked(formatDate(l.checkedAt, this.language))}</p>
      ${l.stale ? html`<p class="stale" part="state">${s.staleHint}</p>` : nothing}
      ${this.input('description', s.description, d.descriptionFi, on('descriptionFi'), {
        multiline: true,
      })}
      ${this.input(
        'description-sv',
        `${s.description} ${s.inSwedish}`,
        d.descriptionSv,
        on('descriptionSv'),
        {
          multiline: true,
          optional: true,
        },
      )}
      ${this.input(
        'description-en',
        `${s.description} ${s.inEnglish}`,
        d.descriptionEn,
        on('descriptionEn'),
        {
          multiline: true,
          optional: true,
        },
      )}
      <fieldset>
        <legend>${s.contact}</legend>
        ${this.input('email', s.email, d.email, on('email'), { type: 'email', optional: true })}
        ${this.input('phone', s.phone, d.phone, on('phone'), { type: 'tel', optional: true })}
        ${this.input('website', s.website, d.website, on('website'), { type: 'url', optional: true })}
        ${this.input('street', s.street, d.street, on('street'), { optional: true })}
        ${this.input('postal-code', s.postalCode, d.postalCode, on('postalCode'), { optional: true })}
      </fieldset>
      <fieldset>
        <legend>${s.areas}</legend>
        <label class="check"
          ><input
            type="checkbox"
            .checked=${d.wholeCountry}
            @change=${(e: Event) => this.set('wholeCountry', (e.target as HTMLInputElement).checked)}
          />
          ${s.wholeCountry}</label
        >
        ${this.input('regions', s.regions, d.regions, on('regions'), { hint: s.listHint, optional: true })}
        ${this.input('municipalities', s.municipalities, d.municipalities, on('municipalities'), {
          hint: s.listHint,
          optional: true,
        })}
      </fieldset>
      ${this.checkboxes(s.languages, 'languages', languageLabels, d.languages, on('languages'))}
      <fieldset class="private">
        <legend>${s.private}</legend>
        <p class="hint">${s.privateHint}</p>
        ${this.input('internal-name', s.internalName, d.internalName, on('internalName'), {
          optional: true,
        })}
        ${this.input('internal-email', s.internalEmail, d.internalEmail, on('internalEmail'), {
          type: 'email',
          hint: s.internalEmailHint,
          optional: true,
        })}
        ${this.input('keeper-notes', s.keeperNotes, d.keeperNotes, on('keeperNotes'), {
          multiline: true,
          optional: true,
        })}
      </fieldset>
      <h3>${s.services}</h3>
      ${d.services.map((svc, i) => this.renderService(svc, i))}
      <button
        type="button"
        part="button"
        @click=${() => this.set('services', [...d.services, serviceDraft()])}
      >
        ${s.addService}
      </button>
      ${
        this.problems.length
          ? html`<div role="alert" class="problems" part="state">
              <p>${s.fixErrors}</p>
              <ul>
                ${this.problems.map((p) => html`<li>${p}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${this.saved ? html`<p role="status" class="saved" part="state">${this.saved}</p>` : nothing}
      <div class="actions">
        <button type="submit" part="button" class="primary" ?disabled=${this.saving}>
          ${this.saving ? s.saving : s.save}
        </button>
      </div>
    </form>`;
  }

  private renderBody() {
    const s = this.s;
    if (!this.activeClient?.directory) {
      return html`<div class="state" part="state"><p>${this.t.common.notConnected}</p></div>`;
    }
    return this.listing.render({
      pending: () => html`<p class="state" part="state" aria-busy="true">${s.loading}</p>`,
      complete: (l) => this.renderForm(l),
      error: (failure) =>
        isApiErrorWith(failure.cause, 410)
          ? html`<p class="state" part="state" role="alert">${s.linkInvalid}</p>`
          : undefined,
      errorHeading: s.error,
    });
  }

  protected override render() {
    return html`<div class=${this.baseClasses('requester')} part="base" lang=${this.language}>
      ${this.renderBody()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tehostamo-listing-editor': TehostamoListingEditor;
  }
}
