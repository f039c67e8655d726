/**
 * The setup file: beam, target, exposure, signal definition and published result of one
 * experiment configuration (`configs/*.yaml`). Validated with zod; every key is checked, an
 * unknown key is an error that names it and the allowed keys. The detector part (geometry,
 * trigger, simulation settings) is in geometry-schema.ts.
 */
import { z } from 'zod';
import { beamDetailSchema, detectorSchema, simulationSchema, triggerSchema } from './geometry-schema.js';

/** Beam particles emiss knows. */
export const BEAM_PARTICLES = ['e-', 'e+', 'mu-', 'mu+', 'pi-', 'K-', 'p'] as const;

const positive = z.number().positive().finite();
const nonNegative = z.number().nonnegative().finite();

const efficiencySchema = z
  .object({
    /** Masses [GeV] where the efficiency is given (increasing). */
    massesGeV: z.array(positive).min(1),
    /** Signal efficiency at those masses (0 < ε ≤ 1). */
    values: z.array(z.number().gt(0).lte(1)).min(1),
    /** Relative systematic uncertainty of the signal yield. */
    relativeUncertainty: z.number().nonnegative().lt(1).default(0),
    /** Where the numbers come from. */
    source: z.string().optional(),
  })
  .strict()
  .refine((e) => e.massesGeV.length === e.values.length, { message: 'massesGeV and values must have the same length', path: ['values'] })
  .refine((e) => e.massesGeV.every((m, i) => i === 0 || m > e.massesGeV[i - 1]), { message: 'massesGeV must increase', path: ['massesGeV'] });

/** The setup-file schema (version 1). */
export const setupSchema = z
  .object({
    schema: z.literal('emiss-setup/1'),
    name: z.string().regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, dot, dash and underscore only'),
    description: z.string(),
    beam: z
      .object({
        particle: z.enum(BEAM_PARTICLES),
        energyGeV: positive,
        ...beamDetailSchema,
        source: z.string().optional(),
      })
      .strict(),
    target: z
      .object({
        /** A name from the materials table. */
        material: z.string(),
        /** Thickness in radiation lengths. */
        thicknessX0: positive,
        source: z.string().optional(),
      })
      .strict(),
    exposure: z
      .object({
        /** Particles on target (EOT for electrons). */
        particlesOnTarget: positive,
        periods: z.array(z.object({ name: z.string(), particlesOnTarget: positive }).strict()).optional(),
        source: z.string().optional(),
      })
      .strict(),
    /** Beam-line elements in order along z (needed by the simulation). */
    detectors: z.array(detectorSchema).optional(),
    trigger: triggerSchema.optional(),
    simulation: simulationSchema.optional(),
    signal: z
      .object({
        /** Upper edge of the signal box in E_ECAL [GeV]; the A′ must carry E0 − this. */
        maxEcalEnergyGeV: positive,
        /** Cross-section approximation. */
        crossSection: z.enum(['etl', 'iww', 'ww']).default('etl'),
        efficiency: efficiencySchema,
        source: z.string().optional(),
      })
      .strict()
      .optional(),
    result: z
      .object({
        observed: z.number().int().nonnegative(),
        background: nonNegative,
        backgroundUncertainty: nonNegative.default(0),
        source: z.string().optional(),
      })
      .strict()
      .optional(),
    /** Published limit curves to compare with (keys of sensitivity's PUBLISHED_LIMITS). */
    publishedLimits: z.array(z.string()).optional(),
    /** Citations used in the file: key → reference. */
    references: z.record(z.string(), z.string()).optional(),
    /** Numbers that could not be found in publications, and the estimate used instead. */
    estimates: z.record(z.string(), z.string()).optional(),
  })
  .strict();

/** A validated setup. */
export type Setup = z.infer<typeof setupSchema>;

/** A setup with its signal box (what a yield needs). */
export type SetupWithSignal = Setup & { signal: NonNullable<Setup['signal']> };

/** A validated setup that has the parts a limit needs (signal box and published result). */
export type SetupWithResult = Setup & { signal: NonNullable<Setup['signal']>; result: NonNullable<Setup['result']> };

/** A detector element of a setup. */
export type DetectorSpec = NonNullable<Setup['detectors']>[number];
