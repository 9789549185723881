import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { DatasetSwitcher } from '@/components/DatasetSwitcher';
import { visibleDatasets } from '@/lib/data/route';
import { datasetChoices } from '@/lib/pages/datasets';
import { workspaceHref } from '@/lib/url/routes';
import { pageSession } from './workspace/pageSession';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Negotiation positions', template: '%s · Negotiation positions' },
  description:
    'Who wants what in a negotiation, how far apart the parties are, backed by verbatim quotes.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** The page shell shared by every route, with the dataset switcher (read per request). */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  const choices = datasetChoices(await visibleDatasets());
  // Who is signed in, on every page: a request with a session is private and never cached, so
  // one reader's name cannot reach another (lib/http/readAnswer.ts).
  const signedIn = (await pageSession())?.user;
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Negotiation positions
          </Link>
          <DatasetSwitcher choices={choices} />
          {/* The coding workspace: its pages ask for a sign-in; no prefetch of a private page. */}
          <Link href={workspaceHref()} prefetch={false} className="site-workspace no-print">
            Workspace
          </Link>
          {signedIn ? (
            <span className="site-user no-print small">
              signed in as <bdi>{signedIn.email}</bdi> ({signedIn.role})
            </span>
          ) : null}
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
