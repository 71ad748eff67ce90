import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { isApiErrorWith } from '../../sdk/errors.ts';
import type {
  ChannelOut,
  DirectoryListing,
  DirectorySearchResult,
  DirectoryService,
  LocalText,
} from '../../sdk/schemas/directory.ts';
import {
  languageLabels,
  targetGroupLabels,
  themeLabels,
  type Label,
} from '../../sdk/schemas/directory-vocabulary.ts';
import { emit } from '../events.ts';
import { categoryName, formatDate } from '../i18n/index.ts';
import { field } from '../shared/field.ts';
import { initialState } from '../shared/load.ts';
import { TehostamoElement } from '../shared/tehostamo-element.ts';
import { controls } from '../styles/controls.ts';
import { theme } from '../styles/theme.ts';
import { directoryStyles } from './directory.styles.ts';
import { directoryStrings, type DirectoryStrings } from './strings.ts';

/** Only http(s) links become links: a listing's text never turns into `javascript:`. */
function webHref(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

interface Filters {
  q: string;
  targetGroup: string;
  theme: string;
  serviceLanguage: string;
  free: boolean;
}

/**
 * The directory (hyvinvointitarjotin): search organisations' services by words (Finnish word
 * forms match), need, activity and language, with counts beside each choice; service cards with
 * how to reach each service; one organisation's page with its services and contact. Attributes
 * fix the region, municipality, target group or language, so a health centre embeds "services
 * for carers in Pohjois-Savo" on its own site with a publishable key.
 *
 * @summary Search the directory of organisations' services, and show one organisation.
 *
 * @event tehostamo-listing-open - A service card's organisation was opened: `detail.organisationId`.
 * @event tehostamo-error - Loading failed: `detail.action` (`search`, `load-listing`, `edit-link`).
 *
 * @csspart base - The wrapper that carries the theme.
 * @csspart search - The search form.
 * @csspart facets - The filters with their counts.
 * @csspart results - The list of service cards.
 * @csspart card - One service card.
 * @csspart listing - One organisation's page.
 * @csspart state - Loading, empty and error messages.
 * @csspart button - Buttons.
 *
 * @cssproperty --tehostamo-accent - Accent colour.
 * @cssproperty --tehostamo-accent-soft - Soft accent background (chips).
 * @cssproperty --tehostamo-surface - Background.
 * @cssproperty --tehostamo-text - Text colour.
 * @cssproperty --tehostamo-text-muted - Secondary text colour.
 * @cssproperty --tehostamo-border - Borders.
 * @cssproperty --tehostamo-focus-ring - Focus outline colour.
 * @cssproperty --tehostamo-radius - Corner radius.
 * @cssproperty --tehostamo-font-family - Font (default: inherited from the page).
 */
@customElement('tehostamo-directory')
export class TehostamoDirectory extends TehostamoElement {
  static override styles = [theme, controls, directoryStyles];

  /** Only services in this region (code or name, e.g. `Pohjois-Savo`) and the whole country. */
  @property() region?: string;
  /** Only services for this municipality (code or name), its region and the whole country. */
  @property() municipality?: string;
  /** Only services for this target group (e.g. `carers`); its filter is then not shown. */
  @property({ attribute: 'target-group' }) targetGroup?: string;
  /** Only services offered in this language (e.g. `sv`); its filter is then not shown. */
  @property({ attribute: 'service-language' }) serviceLanguage?: string;
  /** Show this organisation's page instead of the search. */
  @property({ attribute: 'listing-id', type: Number }) listingId?: number;
  /** Words to search for at first. */
  @property() query = '';

  @state() private filters: Filters = {
    q: '',
    targetGroup: '',
    theme: '',
    serviceLanguage: '',
    free: false,
  };
  @state() private more: DirectoryService[] = [];
  @state() private nextCursor: string | null = null;
  @state() private loadingMore = false;
  @state() private linkSent = '';
  @state() private linkError = '';

  private get s(): DirectoryStrings {
    return directoryStrings.get(this.language);
  }

  protected override get catalogues() {
    return [...super.catalogues, directoryStrings];
  }

  private label(labels: Record<string, Label>, code: string): string {
    return labels[code]?.[this.language] ?? code;
  }

  private text(t: LocalText): string {
    return (this.language !== 'fi' && t[this.language]) || t.fi;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('query') && this.query !== this.filters.q) {
      this.filters = { ...this.filters, q: this.query };
    }
  }

  private results = this.loader({
    action: 'search',
    args: () =>
      [
        this.activeClient,
        this.listingId,
        this.filters,
        this.region,
        this.municipality,
        this.targetGroup,
        this.serviceLanguage,
      ] as const,
    run: ([client, listingId, f, region, municipality, targetGroup, serviceLanguage], signal) => {
      if (!client?.directory || listingId) return Promise.resolve(initialState);
      return client.directory.search(
        this.query_(f, { region, municipality, targetGroup, serviceLanguage }),
        {
          signal,
        },
      );
    },
    onComplete: (r: DirectorySearchResult) => {
      this.more = [];
      this.nextCursor = r.nextCursor;
      this.announce(this.s.results(r.total));
    },
  });

  private query_(
    f: Filters,
    fixed: Pick<this, 'region' | 'municipality' | 'targetGroup' | 'serviceLanguage'>,
  ) {
    const tg = fixed.targetGroup || f.targetGroup;
    const lang = fixed.serviceLanguage || f.serviceLanguage;
    return {
      ...(f.q.trim() ? { q: f.q.trim() } : {}),
      ...(fixed.region ? { region: fixed.region } : {}),
      ...(fixed.municipality ? { municipality: fixed.municipality } : {}),
      ...(tg ? { targetGroup: tg as never } : {}),
      ...(f.theme ? { theme: f.theme as never } : {}),
      ...(lang ? { language: lang as never } : {}),
      ...(f.free ? { free: 'true' as const } : {}),
    };
  }

  private listing = this.loader({
    action: 'load-listing',
    args: () => [this.activeClient, this.listingId] as const,
    run: ([client, id], signal) =>
      client?.directory && id
        ? client.directory.listings.get(id, { signal })
        : Promise.resolve(initialState),
  });

  private async loadMore(): Promise<void> {
    const client = this.activeClient;
    if (!client?.directory || !this.nextCursor) return;
    this.loadingMore = true;
    try {
      const page = await client.directory.search({
        ...this.query_(this.filters, this),
        cursor: this.nextCursor,
      });
      this.more = [...this.more, ...page.data];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      this.announce(await this.failure('search', error));
    } finally {
      this.loadingMore = false;
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    this.filters = {
      q: String(data.get('q') ?? ''),
      targetGroup: String(data.get('targetGroup') ?? ''),
      theme: String(data.get('theme') ?? ''),
      serviceLanguage: String(data.get('serviceLanguage') ?? ''),
      free: data.get('free') === 'on',
    };
  }

  /** A filter applies as soon as it changes; the words wait for the search button. */
  private onFilterChange(event: Event): void {
    const form = (event.target as HTMLElement).closest('form');
    if (form) form.requestSubmit();
  }

  private open(organisationId: number, service?: DirectoryService): void {
    emit(this, 'tehostamo-listing-open', { organisationId, ...(service ? { service } : {}) });
    this.linkSent = '';
    this.linkError = '';
    this.listingId = organisationId;
  }

  private back(): void {
    this.listingId = undefined;
  }

  private async requestLink(id: number): Promise<void> {
    const client = this.activeClient;
    if (!client?.directory) return;
    try {
      const sent = await client.directory.listings.requestEditLink(id, { lang: this.language });
      this.linkSent = this.s.editLinkSent(sent.sentTo);
      this.linkError = '';
      this.announce(this.linkSent);
    } catch (error) {
      this.linkError = await this.failure('edit-link', error);
    }
  }

  // ---- rendering --------------------------------------------------------------------------

  private renderFacet(
    name: keyof Filters,
    labelText: string,
    labels: Record<string, Label>,
    counts: { code: string; count: number }[],
  ) {
    const selected = this.filters[name] as string;
    return field(
      { id: `facet-${name}`, label: labelText },
      (c) =>
        html`<select
          id=${c.id}
          name=${name}
          aria-describedby=${c.describedBy}
          @change=${this.onFilterChange}
        >
          <option value="" ?selected=${selected === ''}>${this.s.any}</option>
          ${Object.keys(labels).map((code) => {
            const count = counts.find((x) => x.code === code)?.count ?? 0;
            if (count === 0 && code !== selected) return nothing;
            return html`<option value=${code} ?selected=${code === selected}>
              ${this.label(labels, code)} (${count})
            </option>`;
          })}
        </select>`,
    );
  }

  private renderSearch(result: DirectorySearchResult | undefined) {
    const s = this.s;
    const facets = result?.facets;
    return html`<form part="search" class="search" role="search" @submit=${this.onSubmit}>
      <div class="row">
        ${field(
          { id: 'q', label: s.searchLabel, hint: s.searchHint, class: 'grow' },
          (c) =>
            html`<input
              id=${c.id}
              name="q"
              type="search"
              .value=${this.filters.q}
              aria-describedby=${c.describedBy}
              autocomplete="off"
            />`,
        )}
        <button type="submit" part="button" class="primary">${s.search}</button>
      </div>
      <div class="facets" part="facets">
        ${
          this.targetGroup
            ? nothing
            : this.renderFacet(
                'targetGroup',
                s.targetGroup,
                targetGroupLabels,
                facets?.targetGroups ?? [],
              )
        }
        ${this.renderFacet('theme', s.theme, themeLabels, facets?.themes ?? [])}
        ${
          this.serviceLanguage
            ? nothing
            : this.renderFacet(
                'serviceLanguage',
                s.serviceLanguage,
                languageLabels,
                facets?.languages ?? [],
              )
        }
        <label class="check">
          <input
            type="checkbox"
            name="free"
            .checked=${this.filters.free}
            @change=${this.onFilterChange}
          />
          ${s.onlyFree}${facets ? ` (${facets.free})` : ''}
        </label>
      </div>
    </form>`;
  }

  private renderChannel(c: ChannelOut) {
    const s = this.s;
    switch (c.kind) {
      case 'phone':
        return html`<li>
          ${s.phone}: <a href="tel:${c.number.replace(/[^+0-9]/g, '')}">${c.number}</a>
          ${c.description ? html`<span class="muted">(${c.description})</span>` : nothing}
        </li>`;
      case 'email':
        return html`<li>${s.email}: <a href="mailto:${c.email}">${c.email}</a></li>`;
      case 'web': {
        const href = webHref(c.url);
        return href
          ? html`<li>
              <a href=${href} target="_blank" rel="noopener noreferrer"
                >${s.web}<span class="sr-only"> ${s.external}</span></a
              >
            </li>`
          : nothing;
      }
      case 'online': {
        const href = webHref(c.url);
        return html`<li>
          ${s.online}:
          ${
            href
              ? html`<a href=${href} target="_blank" rel="noopener noreferrer"
                  >${c.description || href}<span class="sr-only"> ${s.external}</span></a
                >`
              : c.description
          }
        </li>`;
      }
      case 'place':
        return html`<li>
          ${c.name ? html`${c.name}, ` : nothing}${c.street}, ${c.postalCode} ${c.placeName ?? ''}
          ${c.openingHours ? html`<br /><span class="muted">${s.openingHours}: ${c.openingHours}</span>` : nothing}
        </li>`;
    }
  }

  private areasText(a: DirectoryService['areas']): string {
    if (a.wholeCountry) return this.s.wholeCountry;
    return [...a.regions, ...a.municipalities].map((x) => x.name).join(', ');
  }

  private renderCard(svc: DirectoryService, withOrganisation: boolean) {
    const s = this.s;
    const chips = [
      ...svc.targetGroups.map((g) => this.label(targetGroupLabels, g)),
      ...svc.themes.map((t) => this.label(themeLabels, t)),
    ];
    const areas = this.areasText(svc.areas);
    return html`<li class="card" part="card">
      <article aria-labelledby="svc-${svc.id}">
        <h3 id="svc-${svc.id}">${this.text(svc.name)}</h3>
        ${
          withOrganisation
            ? html`<p class="org">
                <button
                  type="button"
                  class="link"
                  part="button"
                  aria-label=${s.openListing(svc.organisation.name)}
                  @click=${() => this.open(svc.organisation.id, svc)}
                >
                  ${svc.organisation.name}
                </button>
              </p>`
            : nothing
        }
        <p class="description">${this.text(svc.description)}</p>
        ${
          chips.length
            ? html`<ul class="chips">
                ${chips.map((c) => html`<li class="chip">${c}</li>`)}
              </ul>`
            : nothing
        }
        <ul class="facts">
          <li>
            ${svc.fee.free ? s.free : s.fee}${svc.fee.description ? ` – ${svc.fee.description}` : ''}
          </li>
          <li>${svc.referralRequired ? s.referral : s.noReferral}</li>
          ${areas ? html`<li>${s.areas}: ${areas}</li>` : nothing}
          <li>
            ${s.languages}: ${svc.languages.map((l) => this.label(languageLabels, l)).join(', ')}
          </li>
        </ul>
        ${
          svc.channels.length
            ? html`<ul class="channels">
                ${svc.channels.map((c) => this.renderChannel(c))}
              </ul>`
            : nothing
        }
        ${svc.stale ? html`<p class="stale">${s.stale}</p>` : nothing}
      </article>
    </li>`;
  }

  private renderResults(r: DirectorySearchResult) {
    const s = this.s;
    const all = [...r.data, ...this.more];
    return html`${this.renderSearch(r)}
      <p class="count" part="state">${s.results(r.total)}</p>
      ${
        all.length === 0
          ? html`<p class="state" part="state">${s.noResults}</p>`
          : html`<ul class="results" part="results">
              ${all.map((svc) => this.renderCard(svc, true))}
            </ul>`
      }
      ${
        this.nextCursor
          ? html`<button
              type="button"
              part="button"
              class="more"
              ?disabled=${this.loadingMore}
              @click=${() => void this.loadMore()}
            >
              ${s.loadMore}
            </button>`
          : nothing
      }`;
  }

  private renderListing(l: DirectoryListing) {
    const s = this.s;
    const website = webHref(l.website ?? undefined);
    const place = [l.street, [l.postalCode, l.placeName].filter(Boolean).join(' ')]
      .filter(Boolean)
      .join(', ');
    return html`<article class="listing" part="listing" aria-labelledby="listing-name">
      <h2 id="listing-name">${l.organisation.name}</h2>
      <p class="description">${this.text(l.description)}</p>
      ${
        l.helped.count > 0
          ? html`<p class="helped">
              ${s.helped(l.helped.count)}:
              ${l.helped.categories
                .map((c) => `${categoryName(c.category, this.language)} (${c.count})`)
                .join(', ')}
            </p>`
          : nothing
      }
      <h3>${s.contact}</h3>
      <ul class="channels">
        ${
          l.phone
            ? html`<li>
                ${s.phone}: <a href="tel:${l.phone.replace(/[^+0-9]/g, '')}">${l.phone}</a>
              </li>`
            : nothing
        }
        ${l.email ? html`<li>${s.email}: <a href="mailto:${l.email}">${l.email}</a></li>` : nothing}
        ${
          website
            ? html`<li>
                <a href=${website} target="_blank" rel="noopener noreferrer"
                  >${s.web}<span class="sr-only"> ${s.external}</span></a
                >
              </li>`
            : nothing
        }
        ${place ? html`<li>${place}</li>` : nothing}
        <li>${s.areas}: ${this.areasText(l.areas) || '–'}</li>
      </ul>
      <h3>${s.services}</h3>
      <ul class="results" part="results">
        ${l.services.map((svc) => this.renderCard(svc, false))}
      </ul>
      <p class=${l.stale ? 'stale' : 'muted'}>
        ${s.checked(formatDate(l.checkedAt, this.language))}${l.stale ? html`. ${s.stale}` : nothing}
      </p>
      <div class="edit-link">
        <p>${s.editLinkQuestion}</p>
        <button
          type="button"
          part="button"
          @click=${() => void this.requestLink(l.organisation.id)}
        >
          ${s.editLinkButton}
        </button>
        ${this.linkSent ? html`<p role="status">${this.linkSent}</p>` : nothing}
        ${this.linkError ? html`<p role="alert" class="error">${this.linkError}</p>` : nothing}
      </div>
    </article>`;
  }

  private renderBody() {
    const s = this.s;
    if (!this.activeClient?.directory) {
      return html`<div class="state" part="state"><p>${this.t.common.notConnected}</p></div>`;
    }
    if (this.listingId) {
      return html`<button type="button" part="button" class="link back" @click=${this.back}>
          ← ${s.back}
        </button>
        ${this.listing.render({
          complete: (l) => this.renderListing(l),
          error: (failure) =>
            isApiErrorWith(failure.cause, 404)
              ? html`<p class="state" part="state">${s.notFound}</p>`
              : undefined,
          errorHeading: s.error,
        })}`;
    }
    return this.results.render({
      initial: () => this.renderSearch(undefined),
      pending: () =>
        html`${this.renderSearch(this.results.value)}
          <p class="state" part="state" aria-busy="true">${s.loading}</p>`,
      complete: (r) => this.renderResults(r),
      errorHeading: s.error,
    });
  }

  protected override render() {
    return html`<div class=${this.baseClasses('helper')} part="base" lang=${this.language}>
      <h2 class="heading" ?hidden=${Boolean(this.listingId)}>${this.s.heading}</h2>
      ${this.renderBody()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tehostamo-directory': TehostamoDirectory;
  }
}
