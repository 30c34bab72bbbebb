/** Message codes of the single-object checks, with sample parameters (words: lib/i18n/messages/<lang>/validate.ts). */
import { NESTED } from '../messages/message';

export const VALIDATE_MESSAGES = {
  'validate.duplicateContainerName': { name: 'app' },
  'validate.duplicatePortNameInPod': { name: 'http' },
  'validate.portOutOfRange': { value: 70000 },
  'validate.invalidPortName': { name: 'HTTP', problem: NESTED },
  'validate.portName.tooLong': {},
  'validate.portName.characters': {},
  'validate.portName.doubleDash': {},
  'validate.portName.noLetter': {},
  'validate.invalidProtocol': { value: 'tcp', upper: 'TCP', capitals: true },
  'validate.servicePortNameRequired': {},
  'validate.duplicatePortNameInService': { name: 'http' },
  'validate.nodePortOnClusterIP': {},
  'validate.nodePortRange': { value: 80 },
  'validate.workloadEmptySelector': { kind: 'Deployment' },
  'validate.workloadSelectorMismatch': { kind: 'Deployment' },
};
