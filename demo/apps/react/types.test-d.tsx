// Type tests of sir-donate/jsx (React 19 JSX) and sir-donate/react, compiled
// (never run) by test/dist/types.test.mjs: what must compile does, and each
// expected error (the comments below) must be one, or tsc fails.
import type {} from 'sir-donate/jsx';
import type { SirDonate as SirDonateElement, SirDonateSubmitEvent } from 'sir-donate';
import { SirDonate, type SirDonateProps } from 'sir-donate/react';
import { useRef } from 'react';

const AMOUNTS = [5, 10];

export function Valid() {
  const ref = useRef<SirDonateElement>(null);
  const onSubmit = (event: SirDonateSubmitEvent) => {
    if (event.detail.amount > 100_000) event.preventDefault();
  };
  return (
    <>
      <sir-donate
        ref={ref}
        id="a"
        className="donate"
        publishable-key="pk_test_x"
        api-base="http://127.0.0.1:8787"
        nonprofit="american-red-cross"
        amounts={AMOUNTS}
        amount={10}
        min-amount="5"
        currency="EUR"
        frequencies="once,monthly"
        collect-donor
        theme="dark"
        layout="button"
        appearance={{ variables: { colorPrimary: '#0a7' } }}
        onsir-donate-ready={(e) => e.detail.partner.slug}
        onsir-donate-change={(e) => e.detail.amount.toFixed(0)}
        onsir-donate-submit={onSubmit}
        onsir-donate-link-created={(e) => e.detail.donationLink}
        onsir-donate-status={(e) => e.detail.status}
        onsir-donate-error={(e) => e.detail.retryable}
      >
        <span slot="footer">Thanks</span>
      </sir-donate>
      <sir-donate publishableKey="pk_test_x" amounts="10,25" minAmount={2} collectDonor />
      <SirDonate
        ref={ref}
        publishableKey="pk_test_x"
        amounts={AMOUNTS}
        onSirDonateReady={(e) => e.detail.testMode}
        onSirDonateSubmit={onSubmit}
        onSirDonateError={(e) => e.detail.code}
      />
    </>
  );
}

export const props: SirDonateProps = {
  nonprofit: 'x',
  onSirDonateChange: (e) => e.detail.currency,
};

export function Invalid() {
  return (
    <>
      {/* @ts-expect-error amounts are numbers (or one comma-separated string) */}
      <sir-donate amounts={['5']} />
      {/* @ts-expect-error no such theme */}
      <sir-donate theme="purple" />
      {/* @ts-expect-error not a property of the element */}
      <sir-donate bogus="1" />
      {/* @ts-expect-error the handler gets a SirDonateReadyEvent */}
      <sir-donate onsir-donate-ready={(e: KeyboardEvent) => e.key} />
      {/* @ts-expect-error ChangeDetail has no `nope` */}
      <sir-donate onsir-donate-change={(e) => e.detail.nope} />
      {/* @ts-expect-error ErrorDetail has no `amount` */}
      <SirDonate onSirDonateError={(e) => e.detail.amount} />
    </>
  );
}
