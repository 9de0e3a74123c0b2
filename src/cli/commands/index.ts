import type { CommandDefinition } from '../program.js';
import { defineAudit } from './audit-command.js';
import { defineBuild } from './build-command.js';
import { defineDiff } from './diff-command.js';
import { defineDiffRegister } from './diff-register-command.js';
import { defineDue } from './due-command.js';
import { defineImport } from './import-command.js';
import { defineInit } from './init-command.js';
import { defineRender } from './render-command.js';
import { defineStats } from './stats-command.js';
import { defineValidate } from './validate-command.js';

/** Every gkml subcommand, in the order `gkml --help` lists them. */
export const commands: readonly CommandDefinition[] = [defineInit, defineBuild, defineValidate, defineDiff, defineDiffRegister, defineRender, defineImport, defineStats, defineDue, defineAudit];
