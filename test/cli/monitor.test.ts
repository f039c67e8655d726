import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from './run-cli.js';

describe('emiss monitor', () => {
  it.each([
    [['monitor'], /needs --source/],
    [['monitor', '--source', 'missing.emraw'], /missing\.emraw: cannot open the raw file/],
    [['monitor', '--source', 'sim:configs/na64e-2021-2023.yaml', '--dead-straw', 'ST9:0:1', '--no-web'], /no straw tube 'ST9:0:1'.*ST1:0…3:0…33/],
    [['monitor', '--source', 'sim:configs/na64e-2021-2023.yaml', '--port', '70000'], /--port: 70000 is not a port/],
    [['monitor', '--source', 'tcp://localhost'], /is not tcp:\/\/host:port/],
    [['monitor', '--source', 'sim:configs/na64e-2021-2023.yaml', '--replay', 'slow'], /--replay: unknown value 'slow'/],
  ])('rejects %j with one line and exit code 2', async (argv, msg) => {
    const r = await runInProcess(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(msg);
    expect(r.err.split('\n')).toHaveLength(1);
  });

  it('serves a live simulation: /api/status counts the events, Ctrl-C stops it with exit code 0', async () => {
    const child = spawn(process.execPath, ['bin/emiss.js', 'monitor', '--source', 'sim:configs/na64e-2021-2023.yaml', '--events', '300', '--rate', '3000', '--port', '0', '--json', '--no-web'], { cwd: ROOT });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const t0 = Date.now();
      while (!/}\s*$/.test(out) && Date.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 100));
      const { url } = JSON.parse(out) as { url: string };
      let s: { events_processed: number; source_state: string } = { events_processed: 0, source_state: '' };
      while (s.source_state !== 'ended' && Date.now() - t0 < 60_000) {
        s = (await (await fetch(`${url}/api/status`)).json()) as typeof s;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(s).toMatchObject({ events_processed: 300, source_state: 'ended' });
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });
});
