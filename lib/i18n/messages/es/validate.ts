import type { VALIDATE_MESSAGES } from '../../../sim/validate/messages';
import type { AreaCatalog } from '../types';

export const validate: AreaCatalog<typeof VALIDATE_MESSAGES> = {
  'validate.duplicateContainerName': ({ name }) => `Dos contenedores de este pod se llaman \`${name}\`: los nombres tienen que ser únicos.`,
  'validate.duplicatePortNameInPod': ({ name }) => `El nombre de puerto \`${name}\` se usa dos veces en este pod: tienen que ser únicos.`,
  'validate.portOutOfRange': ({ value }) => `El puerto ${value} está fuera de rango: los puertos van de 1 a 65535.`,
  'validate.invalidPortName': ({ name, problem }) => `\`${name}\` no es un nombre de puerto válido: ${problem}.`,
  'validate.portName.tooLong': () => 'no puede tener más de 15 caracteres',
  'validate.portName.characters': () => 'tiene que tener minúsculas, dígitos y `-`, empezando y terminando con letra o dígito',
  'validate.portName.doubleDash': () => 'no puede contener `--`',
  'validate.portName.noLetter': () => 'tiene que tener al menos una letra',
  'validate.invalidProtocol': ({ value, upper, capitals }) =>
    `\`${value}\` no es un protocolo: usá TCP, UDP o SCTP.${capitals ? ` Escribí \`${upper}\` (en mayúsculas).` : ''}`,
  'validate.servicePortNameRequired': () => 'Un Service con más de un puerto necesita un `name` en cada puerto.',
  'validate.duplicatePortNameInService': ({ name }) => `El nombre de puerto \`${name}\` se usa dos veces en este Service.`,
  'validate.nodePortOnClusterIP': () => '`nodePort` solo se puede poner si `type` es NodePort o LoadBalancer.',
  'validate.nodePortRange': ({ value }) => `El nodePort ${value} está fuera del rango por defecto 30000-32767 (\`--service-node-port-range\`).`,
  'validate.workloadEmptySelector': ({ kind }) => `Un ${kind} necesita un \`selector\` no vacío (normalmente \`matchLabels\` con las etiquetas del template).`,
  'validate.workloadSelectorMismatch': ({ kind }) =>
    `\`spec.selector\` no coincide con las etiquetas de \`spec.template.metadata.labels\`: el ${kind} no sería dueño de sus pods, así que el API server lo rechaza.`,
};
