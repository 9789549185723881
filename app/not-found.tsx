import Link from 'next/link';

/** Shown for any unknown dataset, issue, party or path. */
export default function NotFound() {
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
