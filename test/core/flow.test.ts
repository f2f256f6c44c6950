import { expect } from '@open-wc/testing';
import { SirApiError } from '../../src/api/errors.js';
import {
  initialFlow,
  partnerAvailability,
  stateForError,
  transition,
  type FlowEvent,
  type FlowState,
  type FlowStateName,
} from '../../src/core/index.js';

const err = (code: string, retryable = false) =>
  new SirApiError({ code, message: `${code} happened`, retryable });
const donation = { partnerDonationId: 'pd_1', donationLink: 'https://checkout.example/pd_1' };

const STATES: Record<string, FlowState> = {
  idle: initialFlow,
  loading: { name: 'loading', loaded: false },
  ready: { name: 'ready', loaded: true },
  submitting: { name: 'submitting', loaded: true },
  redirecting: { name: 'redirecting', loaded: true, donation },
  awaiting: { name: 'awaiting', loaded: true, donation },
  completed: { name: 'completed', loaded: true, donation },
  unavailable: { name: 'unavailable', loaded: false, error: err('PARTNER_NOT_ACTIVE') },
  'error (before load)': { name: 'error', loaded: false, error: err('NETWORK_ERROR', true) },
  'error (after load)': { name: 'error', loaded: true, error: err('NETWORK_ERROR', true) },
  misconfigured: { name: 'misconfigured', loaded: false, error: err('INVALID_API_KEY') },
};

const EVENTS: Record<string, FlowEvent> = {
  configure: { type: 'configure', hasKey: true },
  'configure (no key)': { type: 'configure', hasKey: false },
  loaded: { type: 'loaded' },
  'fail INVALID_API_KEY': { type: 'fail', error: err('INVALID_API_KEY') },
  'fail PARTNER_SUSPENDED': { type: 'fail', error: err('PARTNER_SUSPENDED') },
  'fail NETWORK_ERROR': { type: 'fail', error: err('NETWORK_ERROR', true) },
  submit: { type: 'submit' },
  'link-created redirect': { type: 'link-created', checkout: 'redirect', ...donation },
  'link-created popup': { type: 'link-created', checkout: 'popup', ...donation },
  'link-created new-tab': { type: 'link-created', checkout: 'new-tab', ...donation },
  resume: { type: 'resume', partnerDonationId: 'pd_2' },
  'status COMPLETED': { type: 'status', status: 'COMPLETED' },
  'status FAILED': { type: 'status', status: 'FAILED' },
  'status PENDING': { type: 'status', status: 'PENDING' },
  reset: { type: 'reset' },
  retry: { type: 'retry' },
};

type Next = FlowStateName | '=';
// Columns follow EVENTS; '=' means ignored: the very same state object comes back.
// prettier-ignore
const TABLE: Record<string, Next[]> = {
  //                      cfg        no key  loaded   fKey             fOff           fNet     submit        redirect       popup       tab         resume      COMPLETED    FAILED   PENDING reset    retry
  idle:                  ['loading', 'idle', '=',     'misconfigured', 'unavailable', 'error', '=',          '=',           '=',        '=',        '=',        '=',         '=',     '=',    '=',     '='],
  loading:               ['loading', 'idle', 'ready', 'misconfigured', 'unavailable', 'error', '=',          '=',           '=',        '=',        '=',        '=',         '=',     '=',    '=',     '='],
  ready:                 ['loading', 'idle', '=',     '=',             '=',           '=',     'submitting', '=',           '=',        '=',        'awaiting', '=',         '=',     '=',    'ready', '='],
  submitting:            ['loading', 'idle', '=',     'misconfigured', 'unavailable', 'error', '=',          'redirecting', 'awaiting', 'awaiting', '=',        '=',         '=',     '=',    'ready', '='],
  redirecting:           ['loading', 'idle', '=',     'misconfigured', 'unavailable', 'error', '=',          '=',           '=',        '=',        'awaiting', '=',         '=',     '=',    'ready', '='],
  awaiting:              ['loading', 'idle', '=',     'misconfigured', 'unavailable', 'error', '=',          '=',           '=',        '=',        '=',        'completed', 'ready', '=',    'ready', '='],
  completed:             ['loading', 'idle', '=',     '=',             '=',           '=',     '=',          '=',           '=',        '=',        '=',        '=',         '=',     '=',    'ready', '='],
  unavailable:           ['loading', 'idle', '=',     '=',             '=',           '=',     '=',          '=',           '=',        '=',        '=',        '=',         '=',     '=',    '=',     '='],
  'error (before load)': ['loading', 'idle', '=',     '=',             '=',           '=',     '=',          '=',           '=',        '=',        '=',        '=',         '=',     '=',    '=',     'loading'],
  'error (after load)':  ['loading', 'idle', '=',     '=',             '=',           '=',     '=',          '=',           '=',        '=',        '=',        '=',         '=',     '=',    'ready', 'ready'],
  misconfigured:         ['loading', 'idle', '=',     '=',             '=',           '=',     '=',          '=',           '=',        '=',        '=',        '=',         '=',     '=',    '=',     '='],
};

describe('transition: every state × every event', () => {
  const events = Object.entries(EVENTS);
  it('covers every state name', () => {
    expect(new Set(Object.values(STATES).map((s) => s.name)).size).to.equal(10);
  });
  for (const [stateLabel, row] of Object.entries(TABLE)) {
    const state = STATES[stateLabel]!;
    row.forEach((expected, i) => {
      const [eventLabel, event] = events[i]!;
      it(`${stateLabel} + ${eventLabel} → ${expected === '=' ? 'ignored' : expected}`, () => {
        const next = transition(state, event);
        if (expected === '=') expect(next).to.equal(state);
        else {
          expect(next).not.to.equal(state);
          expect(next.name).to.equal(expected);
        }
      });
    });
  }
});

describe('transition: what states carry', () => {
  const ready = STATES.ready!;

  it('configure forgets the previous load; loaded remembers it', () => {
    expect(transition(ready, EVENTS.configure!)).to.deep.equal({ name: 'loading', loaded: false });
    expect(transition(STATES.loading!, EVENTS.loaded!)).to.deep.equal({
      name: 'ready',
      loaded: true,
    });
  });

  it('fail keeps the error', () => {
    const error = err('RATE_LIMITED', true);
    const next = transition(STATES.loading!, { type: 'fail', error });
    expect(next.name).to.equal('error');
    expect(next.error).to.equal(error);
    expect(next.loaded).to.equal(false);
  });

  it('accepts a plain error object (toJSON of a SirApiError)', () => {
    const next = transition(STATES.submitting!, {
      type: 'fail',
      error: err('SERVER_ERROR', true).toJSON(),
    });
    expect(next).to.deep.include({ name: 'error', loaded: true });
  });

  it('link-created keeps the donation', () => {
    const next = transition(STATES.submitting!, EVENTS['link-created popup']!);
    expect(next.donation).to.deep.equal(donation);
  });

  it('resume awaits the remembered donation', () => {
    expect(transition(ready, EVENTS.resume!).donation).to.deep.equal({ partnerDonationId: 'pd_2' });
  });

  it('completed keeps the donation, statuses compare case-insensitively', () => {
    const next = transition(STATES.awaiting!, { type: 'status', status: 'completed' });
    expect(next).to.deep.include({ name: 'completed', donation });
  });

  for (const status of ['FAILED', 'cancelled', 'REVERSED'])
    it(`${status} returns to ready with a notice, so the donor can try again`, () => {
      const next = transition(STATES.awaiting!, { type: 'status', status });
      expect(next).to.deep.equal({ name: 'ready', loaded: true, notice: status.toUpperCase() });
    });

  it('unknown statuses keep awaiting', () => {
    const awaiting = STATES.awaiting!;
    expect(transition(awaiting, { type: 'status', status: 'PROCESSING' })).to.equal(awaiting);
  });

  it('a new submit clears the notice', () => {
    const withNotice: FlowState = { name: 'ready', loaded: true, notice: 'CANCELLED' };
    expect(transition(withNotice, EVENTS.submit!)).to.deep.equal({
      name: 'submitting',
      loaded: true,
    });
    expect(transition(withNotice, EVENTS.reset!)).to.deep.equal({ name: 'ready', loaded: true });
  });

  it('a whole popup donation', () => {
    const steps: FlowEvent[] = [
      EVENTS.configure!,
      EVENTS.loaded!,
      EVENTS.submit!,
      EVENTS['link-created popup']!,
      EVENTS['status PENDING']!,
      EVENTS['status COMPLETED']!,
    ];
    const names = steps
      .reduce<FlowState[]>((acc, e) => [...acc, transition(acc.at(-1)!, e)], [initialFlow])
      .map((s) => s.name);
    expect(names).to.deep.equal([
      'idle',
      'loading',
      'ready',
      'submitting',
      'awaiting',
      'awaiting',
      'completed',
    ]);
  });
});

describe('stateForError', () => {
  const table: [string, string][] = [
    ['SECRET_KEY_REJECTED', 'misconfigured'],
    ['INVALID_KEY_FORMAT', 'misconfigured'],
    ['INVALID_API_BASE', 'misconfigured'],
    ['ENVIRONMENT_MISMATCH', 'misconfigured'],
    ['INVALID_API_KEY', 'misconfigured'],
    ['PARTNER_NOT_ACTIVE', 'unavailable'],
    ['PARTNER_SUSPENDED', 'unavailable'],
    ['DONATIONS_DISABLED', 'unavailable'],
    ['NONPROFIT_NOT_FOUND', 'unavailable'],
    ['INVALID_AMOUNT', 'error'],
    ['RATE_LIMITED', 'error'],
    ['NETWORK_ERROR', 'error'],
    ['TIMEOUT', 'error'],
    ['SERVER_ERROR', 'error'],
    ['INVALID_RESPONSE', 'error'],
    ['UNSAFE_CHECKOUT_URL', 'error'],
    ['POPUP_BLOCKED', 'error'],
    ['ABORTED', 'error'],
    ['SOMETHING_NEW_FROM_THE_API', 'error'],
    ['invalid_api_key', 'error'], // codes are exact
    ['INVALID_API', 'error'],
    ['', 'error'],
  ];
  for (const [code, state] of table)
    it(`${code || '(empty)'} → ${state}`, () => expect(stateForError(code)).to.equal(state));
});

describe('partnerAvailability', () => {
  const table: [boolean, string[], string | undefined][] = [
    [true, ['DONATIONS', 'ACTIONS'], undefined],
    [true, ['donations'], undefined],
    [false, ['DONATIONS'], 'PARTNER_NOT_ACTIVE'],
    [false, [], 'PARTNER_NOT_ACTIVE'],
    [true, ['ACTIONS'], 'DONATIONS_DISABLED'],
    [true, [], 'DONATIONS_DISABLED'],
    [true, ['DONATION'], 'DONATIONS_DISABLED'],
  ];
  for (const [isActive, enabledFeatures, out] of table)
    it(`isActive ${isActive}, ${JSON.stringify(enabledFeatures)} → ${out}`, () =>
      expect(partnerAvailability({ isActive, enabledFeatures })).to.equal(out));
});
