import { connection } from 'next/server';

/**
 * The framework's floor: the smallest page this build can serve, rendered per request like
 * every other page. Benchmarks compare each route's JavaScript and throughput against it.
 */
export default async function FloorPage() {
  await connection();
  return <h1>Floor</h1>;
}
