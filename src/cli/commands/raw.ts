/** `emiss raw info|validate|dump <file>`: inspect raw event files (docs/raw-format.md). */
import type { Command } from 'commander';
import { EmissError } from '../../core/index.js';
import type { RawEventBatch, RawProblem } from '../../daq/index.js';
import { CommandExit } from '../command-exit.js';
import type { CommandIo } from '../command-io.js';
import { UsageError } from '../cli-error.js';
import { toJson } from '../json-output.js';
import { parseNumber } from '../option-parsers.js';
import { readRawFile } from '../read-raw-file.js';

/** Registers `raw` and its sub-commands on the program. */
export function registerRaw(program: Command, io: CommandIo): void {
  const raw = program.command('raw').description('inspect raw event files (.emraw): header and counts, integrity, events');

  raw
    .command('info')
    .description('the file header and the event counts')
    .argument('<file>', 'raw event file')
    .option('--json', 'print one JSON object (keys in docs/raw-format.md)')
    .action(async (file: string, flags: { json?: boolean }) => {
      const counts = { first: Number.POSITIVE_INFINITY, last: Number.NEGATIVE_INFINITY, adc: 0, straw: 0, strip: 0, spills: new Set<string>() };
      const r = await readRawFile(file, {
        onBatch: (b) => {
          for (let i = 0; i < b.n; i++) {
            counts.first = Math.min(counts.first, b.eventNumber[i]);
            counts.last = Math.max(counts.last, b.eventNumber[i]);
            counts.spills.add(`${b.run[i]}:${b.spill[i]}`);
          }
          counts.adc += b.adcOffset[b.n];
          counts.straw += b.strawOffset[b.n];
          counts.strip += b.stripOffset[b.n];
        },
      });
      const h = r.header;
      const n = r.eventsOk;
      const perEvent = (x: number): number => (n > 0 ? x / n : 0);
      const out = {
        file,
        bytes: r.bytesRead,
        version: h?.version ?? null,
        header_bytes: h?.headerBytes ?? null,
        run: h?.run ?? null,
        setup_name: h?.setupName ?? null,
        setup_hash: h ? hex(h.setupHash) : null,
        created_ms: h && Number.isFinite(h.createdMs) ? h.createdMs : null,
        created: h ? isoTime(h.createdMs) : null,
        samples_per_channel: h?.samplesPerChannel ?? null,
        header_intact: h?.intact ?? false,
        events_ok: r.eventsOk,
        events_damaged: r.eventsDamaged,
        problems_total: r.problemCount,
        first_event: n > 0 ? counts.first : null,
        last_event: n > 0 ? counts.last : null,
        spills: counts.spills.size,
        adc_channels_per_event: perEvent(counts.adc),
        straw_hits_per_event: perEvent(counts.straw),
        strip_hits_per_event: perEvent(counts.strip),
      };
      if (flags.json) {
        io.out(toJson(out));
        return;
      }
      io.out(`${file}: ${r.bytesRead} bytes, format version ${out.version ?? '?'}, header ${out.header_bytes ?? '?'} bytes${h && !h.intact ? ' (header damaged)' : ''}`);
      if (h) {
        io.out(`run ${h.run}, setup '${h.setupName}', setup hash ${out.setup_hash}`);
        io.out(`created ${out.created ?? '?'}, ${h.samplesPerChannel} samples per channel by default`);
      }
      const range = n > 0 ? `; event numbers ${counts.first} … ${counts.last} in ${counts.spills.size} spill${counts.spills.size === 1 ? '' : 's'}` : '';
      io.out(`events: ${r.eventsOk} intact, ${r.eventsDamaged} damaged${range}`);
      if (n > 0) io.out(`per event: ${fixed(out.adc_channels_per_event)} SADC channels, ${fixed(out.straw_hits_per_event)} straw hits, ${fixed(out.strip_hits_per_event)} strip hits`);
      if (r.problemCount > 0) io.out(`${r.problemCount} problem${r.problemCount === 1 ? '' : 's'}: see emiss raw validate ${file}`);
    });

  raw
    .command('validate')
    .description('check every record; exit code 0 if the file is intact, 1 if damaged')
    .argument('<file>', 'raw event file')
    .option('--json', 'print one JSON object: events_ok, events_damaged, problems')
    .action(async (file: string, flags: { json?: boolean }) => {
      const r = await readRawFile(file);
      const out = {
        file,
        bytes: r.bytesRead,
        events_ok: r.eventsOk,
        events_damaged: r.eventsDamaged,
        problems: r.problems.map(problemJson),
        problems_total: r.problemCount,
      };
      if (flags.json) io.out(toJson(out));
      else {
        io.out(`${file}: ${r.eventsOk} events intact, ${r.eventsDamaged} damaged, ${r.problemCount} problem${r.problemCount === 1 ? '' : 's'}`);
        for (const p of r.problems) io.out(`  offset ${p.fileOffset}: ${p.event >= 0 ? `event ${p.event}: ` : ''}${p.reason}`);
        if (r.problemCount > r.problems.length) io.out(`  … and ${r.problemCount - r.problems.length} more`);
      }
      if (r.problemCount > 0) throw new CommandExit(1);
    });

  raw
    .command('dump')
    .description('print events: header fields, one line per SADC channel (pedestal, peak) and per hit')
    .argument('<file>', 'raw event file')
    .option('--event <N>', 'only the event with this event number')
    .option('--limit <K>', 'at most K events (default 10; 1 with --event)')
    .option('--samples', 'print the SADC samples too')
    .option('--json', 'print one JSON object: events, problems')
    .action(async (file: string, flags: { event?: string; limit?: string; samples?: boolean; json?: boolean }) => {
      const wanted = flags.event === undefined ? undefined : parseCount(flags.event, '--event', 0);
      const limit = flags.limit === undefined ? (wanted === undefined ? 10 : 1) : parseCount(flags.limit, '--limit', 1);
      const events: EventJson[] = [];
      const r = await readRawFile(file, {
        onBatch: (b) => {
          for (let i = 0; i < b.n && events.length < limit; i++) {
            if (wanted === undefined || b.eventNumber[i] === wanted) events.push(eventJson(b, i, flags.samples === true));
          }
          return events.length < limit;
        },
      });
      if (wanted !== undefined && events.length === 0) throw new EmissError('BAD_OPTION', '--event', `no intact event ${wanted} in ${file}`);
      if (flags.json) {
        io.out(toJson({ file, events, problems: r.problems.map(problemJson) }));
        return;
      }
      for (const e of events) printEvent(io, e);
      for (const p of r.problems) io.out(`! offset ${p.fileOffset}: ${p.event >= 0 ? `event ${p.event}: ` : ''}${p.reason}`);
    });
}

interface EventJson {
  event: number;
  offset: number;
  run: number;
  spill: number;
  event_in_spill: number;
  trigger_bits: number;
  timestamp_ns: number | null;
  samples_per_channel: number;
  adc: { channel: number; pedestal: number; peak: number; peak_sample: number; samples?: number[] }[];
  straw: { channel: number; time_ns: number | null }[];
  strip: { channel: number; charge: number; time_ns: number | null }[];
}

/** Event i of a batch, with a summary per SADC channel: pedestal (mean of the first 4 samples), peak and its sample. */
function eventJson(b: RawEventBatch, i: number, withSamples: boolean): EventJson {
  const s = b.samplesPerChannel;
  const adc: EventJson['adc'] = [];
  for (let j = b.adcOffset[i]; j < b.adcOffset[i + 1]; j++) {
    const w = b.adcSamples.subarray(j * s, (j + 1) * s);
    const nPed = Math.min(4, s);
    let ped = 0;
    for (let k = 0; k < nPed; k++) ped += w[k];
    let peak = 0;
    for (let k = 1; k < s; k++) if (w[k] > w[peak]) peak = k;
    adc.push({ channel: b.adcChannel[j], pedestal: Math.round((10 * ped) / nPed) / 10, peak: w[peak], peak_sample: peak, ...(withSamples ? { samples: Array.from(w) } : {}) });
  }
  const straw: EventJson['straw'] = [];
  for (let j = b.strawOffset[i]; j < b.strawOffset[i + 1]; j++) straw.push({ channel: b.strawChannel[j], time_ns: finite(b.strawTimeNs[j]) });
  const strip: EventJson['strip'] = [];
  for (let j = b.stripOffset[i]; j < b.stripOffset[i + 1]; j++) strip.push({ channel: b.stripChannel[j], charge: b.stripCharge[j], time_ns: finite(b.stripTimeNs[j]) });
  return {
    event: b.eventNumber[i],
    offset: b.fileOffset[i],
    run: b.run[i],
    spill: b.spill[i],
    event_in_spill: b.eventInSpill[i],
    trigger_bits: b.triggerBits[i],
    timestamp_ns: finite(b.timestampNs[i]),
    samples_per_channel: s,
    adc,
    straw,
    strip,
  };
}

function printEvent(io: CommandIo, e: EventJson): void {
  io.out(
    `event ${e.event}  run ${e.run}  spill ${e.spill}  in spill ${e.event_in_spill}  trigger 0x${e.trigger_bits.toString(16).padStart(8, '0')}  t ${e.timestamp_ns ?? 'non-finite'} ns  offset ${e.offset}  (${e.adc.length} SADC × ${e.samples_per_channel}, ${e.straw.length} straw, ${e.strip.length} strip)`,
  );
  for (const a of e.adc) io.out(`  sadc  ch ${String(a.channel).padStart(5)}  ped ${a.pedestal.toFixed(1).padStart(7)}  peak ${String(a.peak).padStart(5)} @ ${a.peak_sample}${a.samples ? `  [${a.samples.join(' ')}]` : ''}`);
  for (const h of e.straw) io.out(`  straw ch ${String(h.channel).padStart(10)}  t ${h.time_ns ?? 'non-finite'} ns`);
  for (const h of e.strip) io.out(`  strip ch ${String(h.channel).padStart(10)}  q ${String(h.charge).padStart(5)}  t ${h.time_ns ?? 'non-finite'} ns`);
}

function problemJson(p: RawProblem): { offset: number; event: number; reason: string } {
  return { offset: p.fileOffset, event: p.event, reason: p.reason };
}

/** A non-negative integer option ≥ min. */
function parseCount(value: string, option: string, min: number): number {
  const v = parseNumber(value, option);
  if (!Number.isInteger(v) || v < min || v > Number.MAX_SAFE_INTEGER) throw new UsageError(`${option}: ${value} must be an integer ≥ ${min}`);
  return v;
}

/** A float as written to JSON: null when not finite (a raw file may hold any float bits). */
function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function isoTime(ms: number): string | null {
  const d = new Date(ms);
  return Number.isFinite(d.getTime()) ? d.toISOString() : null;
}

function fixed(x: number): string {
  return x.toFixed(1);
}
