import { PGlite } from '@electric-sql/pglite';

const [dir, mem, ...queries] = process.argv.slice(2);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let c0 = cpu(),
  t0 = performance.now();
const c = new PGlite(dir, mem !== '0' ? { initialMemory: Number(mem) * 1024 * 1024 } : {});
await c.waitReady;
const out = [`open ${Math.round(performance.now() - t0)}/${Math.round(cpu() - c0)}`];
for (const q of queries) {
  c0 = cpu();
  t0 = performance.now();
  await c.query(q);
  out.push(`${q.slice(0, 25)} ${(performance.now() - t0).toFixed(1)}/${(cpu() - c0).toFixed(1)}`);
}
await c.close();
console.log(out.join(' | '));
