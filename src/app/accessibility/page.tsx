import type { Metadata } from "next";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Accessibility statement" };

/**
 * The accessibility statement UK public sector bodies must publish (Public Sector Bodies (Websites
 * and Mobile Applications) (No. 2) Accessibility Regulations 2018). Rendered per request, as every
 * page is: its scripts need the request's CSP nonce (src/proxy.ts), which a build-time page cannot have.
 */
export const dynamic = "force-dynamic";

export default function AccessibilityStatementPage() {
  return (
    <main id="main" className="max-w-3xl py-10">
      <PageHeader title="Accessibility statement">This statement applies to the board governance portal.</PageHeader>
      <div className="space-y-4 text-lg">
        <p>
          The portal is run for the statutory partnership boards of the areas that use it. We want as many people as
          possible to be able to use it. You should be able to:
        </p>
        <ul className="list-disc space-y-2 pl-6">
          <li>change colours, contrast levels and fonts using your browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>navigate every page and form using just a keyboard, with a visible focus indicator</li>
          <li>use the portal with a screen reader (we test with the accessibility tree the browser exposes)</li>
          <li>use every form without JavaScript, and print calendars and forward plans without navigation</li>
        </ul>

        <SectionHeading>How accessible the portal is</SectionHeading>
        <p>
          Every page is checked automatically against the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA in
          our end-to-end tests, and a test fails if a check fails. Automated checks find only part of the problems
          people meet, and we know of these limitations:
        </p>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            charts on the dashboard are also given as tables; the charts themselves cannot be read by a screen reader
          </li>
          <li>
            documents uploaded as evidence (PDF, Word, OpenDocument) come from the boards and may not be accessible
          </li>
          <li>
            the live preview in the rule editor needs JavaScript; saving a rule does not show the preview without it
          </li>
        </ul>

        <SectionHeading>Feedback and contact information</SectionHeading>
        <p>
          If you need information from the portal in a different format, such as accessible PDF, large print, easy read
          or audio, or you find a problem not listed here, contact your board&apos;s secretariat or the portal
          administrator of your area. We will consider your request and get back to you within 10 working days.
        </p>

        <SectionHeading>Enforcement procedure</SectionHeading>
        <p>
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the accessibility regulations. If
          you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service
          (EASS).
        </p>

        <SectionHeading>Technical information about this portal&apos;s accessibility</SectionHeading>
        <p>
          We are committed to making the portal accessible, in accordance with the Public Sector Bodies (Websites and
          Mobile Applications) (No. 2) Accessibility Regulations 2018.
        </p>
        <h3 className="mt-6 mb-2 text-xl font-bold">Compliance status</h3>
        <p>
          The portal is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard,
          because of the limitations listed above.
        </p>

        <SectionHeading>How we tested the portal</SectionHeading>
        <p>
          Each page is scanned with axe-core in Chromium by the automated end-to-end tests on every change, signed in as
          each kind of user. Forms follow the GOV.UK Design System&apos;s patterns: an error summary at the top,
          messages linked to their fields, and the user&apos;s input kept after an error.
        </p>

        <SectionHeading>Preparation of this statement</SectionHeading>
        <p>
          This statement was prepared on 23 November 2026. It is reviewed whenever the portal changes how pages are
          built, and at least once a year.
        </p>
      </div>
    </main>
  );
}
