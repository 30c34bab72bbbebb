import type { VALIDATE_MESSAGES } from '../../../sim/validate/messages';
import type { AreaCatalog } from '../types';

export const validate: AreaCatalog<typeof VALIDATE_MESSAGES> = {
  'validate.duplicateContainerName': ({ name }) => `Two containers of this pod are named \`${name}\`: names must be unique.`,
  'validate.duplicatePortNameInPod': ({ name }) => `The port name \`${name}\` is used twice in this pod: port names must be unique.`,
  'validate.portOutOfRange': ({ value }) => `Port ${value} is out of range: ports go from 1 to 65535.`,
  'validate.invalidPortName': ({ name, problem }) => `\`${name}\` is not a valid port name: it ${problem}.`,
  'validate.portName.tooLong': () => 'must be no more than 15 characters',
  'validate.portName.characters': () => 'must be lowercase letters, digits and `-`, starting and ending with a letter or digit',
  'validate.portName.doubleDash': () => 'may not contain `--`',
  'validate.portName.noLetter': () => 'must contain at least one letter',
  'validate.invalidProtocol': ({ value, upper, capitals }) =>
    `\`${value}\` is not a protocol: use TCP, UDP or SCTP.${capitals ? ` Write \`${upper}\` (capitals).` : ''}`,
  'validate.servicePortNameRequired': () => 'A Service with more than one port needs a `name` on every port.',
  'validate.duplicatePortNameInService': ({ name }) => `The port name \`${name}\` is used twice in this Service.`,
  'validate.nodePortOnClusterIP': () => '`nodePort` can only be set when `type` is NodePort or LoadBalancer.',
  'validate.nodePortRange': ({ value }) => `nodePort ${value} is outside the default range 30000-32767 (\`--service-node-port-range\`).`,
  'validate.workloadEmptySelector': ({ kind }) => `A ${kind} needs a non-empty \`selector\` (usually \`matchLabels\` with the template's labels).`,
  'validate.workloadSelectorMismatch': ({ kind }) =>
    `\`spec.selector\` does not match the labels of \`spec.template.metadata.labels\`: the ${kind} would not own its own pods, so the API server rejects it.`,
};
