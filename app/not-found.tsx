import Link from 'next/link';
import { connection } from 'next/server';

/** Shown for any unknown dataset, issue, party or path. */
export default async function NotFound() {
  // Rendered per request like every page, so its scripts carry the request's CSP nonce.
  await connection();
  return (
    <>
      <h1>Not found</h1>
      <p>There is no page at this address: the dataset, issue or party it names does not exist.</p>
      <p>
        <Link href="/">Back to the list of negotiations</Link>
      </p>
    </>
  );
}
