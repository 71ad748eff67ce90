import type { ReactiveControllerHost } from 'lit';
import { isApiErrorWith } from '../../sdk/errors.ts';
import type { Place } from '../../sdk/schemas/common.ts';
import type { TehostamoClient } from '../context.ts';

export type PlaceState =
  | { status: 'idle' }
  | { status: 'pending'; code: string }
  | { status: 'found'; code: string; place: Place }
  | { status: 'unknown'; code: string }
  /** The lookup itself failed (offline): the server checks the code on saving. */
  | { status: 'failed'; code: string };

/**
 * The municipality of a postal code as it is typed: once five digits are there, the server's
 * postal code table is asked (`GET /postal-codes/:code`, cached by the browser); an answer to an
 * older code is ignored.
 */
export class PlaceLookup {
  state: PlaceState = { status: 'idle' };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => TehostamoClient | undefined,
  ) {}

  /** Looks `code` up if it is five digits; anything else clears what was shown. */
  update(value: string): void {
    const code = value.trim();
    if (this.state.status !== 'idle' && this.state.code === code) return;
    const client = this.client();
    if (!/^\d{5}$/.test(code) || !client) {
      this.set({ status: 'idle' });
      return;
    }
    this.set({ status: 'pending', code });
    client.postalCodes.get(code).then(
      (place) => this.answer(code, { status: 'found', code, place }),
      (error: unknown) =>
        this.answer(
          code,
          isApiErrorWith(error, 404) ? { status: 'unknown', code } : { status: 'failed', code },
        ),
    );
  }

  private answer(code: string, state: PlaceState) {
    if (this.state.status === 'idle' || this.state.code !== code) return;
    this.set(state);
  }

  private set(state: PlaceState) {
    this.state = state;
    this.host.requestUpdate();
  }
}
