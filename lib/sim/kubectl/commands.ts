// The kubectl commands the simulator supports, their flags and entry points.
import { runApplyFiles, APPLY_FLAGS } from './cmdApply';
import { AUTH_SUBCOMMANDS, runAuth } from './cmdAuth';
import { CREATE_FLAGS, CREATE_SUBCOMMANDS, runCreate } from './cmdCreate';
import { DELETE_FLAGS, runDelete } from './cmdDelete';
import { DESCRIBE_FLAGS, runDescribe } from './cmdDescribe';
import { EXEC_FLAGS, RUN_FLAGS, runExec, runRun } from './cmdExec';
import { GET_FLAGS, runGet } from './cmdGet';
import { LABEL_FLAGS, runLabel } from './cmdLabel';
import { LOGS_FLAGS, runLogs } from './cmdLogs';
import { API_RESOURCES_FLAGS, CONFIG_SUBCOMMANDS, VERSION_FLAGS, runApiResources, runClusterInfo, runConfig, runVersion } from './cmdMisc';
import { ownTable } from '../apiserver/objectData';
import type { FlagSpec, ParsedArgs } from './flags';
import type { Env } from './types';

export interface CommandDef {
  summary: string;
  flags: FlagSpec[];
  subcommands?: Record<string, FlagSpec[]>;
  run: (env: Env, parsed: ParsedArgs) => number;
}

/** Every supported `kubectl <command>`. */
export const COMMANDS: Record<string, CommandDef> = ownTable({
  get: { summary: 'Display one or many resources', flags: GET_FLAGS, run: runGet },
  describe: { summary: 'Show details of a specific resource or group of resources', flags: DESCRIBE_FLAGS, run: runDescribe },
  apply: {
    summary: 'Apply a configuration to a resource by file name',
    flags: APPLY_FLAGS,
    run: (env, parsed) => runApplyFiles(env, parsed, 'apply', 'apply'),
  },
  create: { summary: 'Create a resource from a file or from stdin', flags: CREATE_FLAGS, subcommands: CREATE_SUBCOMMANDS, run: runCreate },
  delete: { summary: 'Delete resources by file names, resources and names, or by resources and label selector', flags: DELETE_FLAGS, run: runDelete },
  label: { summary: 'Update the labels on a resource', flags: LABEL_FLAGS, run: runLabel },
  run: { summary: 'Run a particular image on the cluster', flags: RUN_FLAGS, run: runRun },
  exec: { summary: 'Execute a command in a container', flags: EXEC_FLAGS, run: runExec },
  logs: { summary: 'Print the logs for a container in a pod', flags: LOGS_FLAGS, run: runLogs },
  auth: { summary: 'Inspect authorization', flags: [], subcommands: AUTH_SUBCOMMANDS, run: runAuth },
  'api-resources': { summary: 'Print the supported API resources on the server', flags: API_RESOURCES_FLAGS, run: runApiResources },
  'cluster-info': { summary: 'Display cluster information', flags: [], run: runClusterInfo },
  config: { summary: 'Modify kubeconfig files', flags: [], subcommands: CONFIG_SUBCOMMANDS, run: runConfig },
  version: { summary: 'Print the client and server version information', flags: VERSION_FLAGS, run: runVersion },
});
