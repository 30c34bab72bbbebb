import type { PARSE_MESSAGES } from '../../../sim/parse/messages';
import type { AreaCatalog } from '../types';

const guessed = (guess: string | undefined): string => (guess !== undefined ? ` ¿Quisiste decir \`${guess}\`?` : '');
const hinted = (hint: string | undefined): string => (hint ? ` ${hint}` : '');

export const parse: AreaCatalog<typeof PARSE_MESSAGES> = {
  'parse.yaml.syntax': ({ reason }) => `Error de sintaxis YAML: ${reason}.`,
  'parse.yaml.unreadable': () => 'Este documento no se pudo leer como YAML.',
  'parse.yaml.tabIndent': () => 'En YAML no se puede indentar con tabulaciones: usá espacios.',
  'parse.yaml.duplicateKey': ({ key }) => `Clave duplicada \`${key}\`: una clave puede aparecer una sola vez en el mismo mapa (kubectl rechaza el archivo).`,
  'parse.yaml.tooDeep': () => 'Este YAML tiene más de 100 niveles de anidamiento; ningún objeto de Kubernetes es tan profundo.',
  'parse.yaml.tooManyAliases': () => 'Demasiados alias (`*nombre`) en un documento: el límite es 100.',
  'parse.yaml.unknownAlias': ({ name }) => `El alias \`*${name}\` no apunta a ningún ancla \`&${name}\` definida antes.`,
  'parse.yaml.unknownTag': ({ tag }) => `El tag YAML \`${tag}\` no se entiende acá; sacalo (los manifiestos de Kubernetes no usan tags).`,
  'parse.yaml.invalidCharacter': () => 'El texto tiene un carácter de control (¿datos binarios?); un archivo YAML tiene que ser texto plano.',
  'parse.yaml.templateSyntax': () => '`{{ ... }}` es sintaxis de plantillas (Helm, Go templates), no YAML: escribí el valor real o ponelo entre comillas.',
  'parse.yaml.unclosedQuote': ({ quote }) => `Estas comillas ${quote} abren un valor que nunca se cierra.`,
  'parse.yaml.unclosedBracket': ({ open, close }) => `Este \`${open}\` nunca se cierra: agregá \`${close}\`.`,
  'parse.yaml.reservedCharacter': ({ char }) =>
    `En YAML un valor sin comillas no puede empezar con ${char === '`' ? 'un acento grave (`)' : `\`${char}\``}: ponelo entre comillas.`,
  'parse.yaml.unexpectedBracket': ({ char }) => `Este \`${char}\` no cierra nada: sacalo o agregá el que abre.`,
  'parse.yaml.missingSpace': ({ key }) => `Falta un espacio después de \`${key}:\`. YAML pide \`clave: valor\` con un espacio después de los dos puntos.`,
  'parse.yaml.colonInValue': () => 'Este valor contiene `: `, que YAML lee como otra clave en la misma línea: poné todo el valor entre comillas.',
  'parse.yaml.missingColon': ({ word }) => `\`${word}\` no es una entrada \`clave: valor\`: agregale \`:\` (y poné su contenido indentado debajo).`,
  'parse.yaml.listAmongKeys': () =>
    'Un ítem de lista `-` no puede empezar acá: las líneas de arriba son entradas `clave: valor`. Poné la lista debajo de una clave, indentada, o escribí `clave: valor`.',
  'parse.yaml.indentation': ({ detail }) =>
    `La indentación no cuadra acá:${hinted(detail)} Las claves de un mismo mapa empiezan en la misma columna y lo anidado va más a la derecha (con espacios).`,
  'parse.yaml.misaligned': ({ word, column, previous, line, previousColumn }) =>
    `\`${word}\` empieza en la columna ${column}, pero \`${previous}\` (línea ${line}) empieza en la columna ${previousColumn}.`,
  'parse.yaml.recursiveAlias': ({ name }) => `El alias \`*${name}\` apunta al nodo que lo contiene: sería infinito.`,
  'parse.yaml.aliasExpansion': ({ name }) => `Los alias se expanden demasiado acá (\`*${name}\`): parece una "bomba de alias", así que el documento no se lee.`,
  'parse.yaml.booleanWord': ({ text, value }) =>
    `kubectl (YAML 1.1) lee \`${text}\` como ${value}, pero las herramientas YAML 1.2 como este editor leen el texto "${text}": escribí \`${value}\`.`,
  'parse.yaml.booleanWordString': ({ text, value, path }) =>
    `kubectl (YAML 1.1) lee \`${text}\` sin comillas como el booleano ${value}, y la API lo rechaza porque \`${path}\` tiene que ser texto: ponelo entre comillas ("${text}").`,
  'parse.numberTooLarge': ({ text }) => `\`${text}\` es demasiado grande para guardarse exacto (más de 2^53); el simulador lo redondea.`,

  'parse.internalError': ({ detail }) => `El simulador no pudo leer este texto (error interno: ${detail}). Por favor, reportalo.`,
  'parse.inputTooLarge': ({ mib }) => `Este texto es demasiado grande (${mib} MiB; el límite es 2 MiB): no se leyó nada.`,
  'parse.binaryInput': () => 'Este texto tiene bytes NUL: parece un archivo binario, no YAML. No se leyó nada.',
  'parse.emptyDocument': () => 'Este documento está vacío (null): kubectl lo saltea.',
  'parse.documentIsList': () =>
    'Este documento es una lista, pero kubectl espera un objeto por documento: separá los objetos con `---` (o usá `kind: List` con `items`).',
  'parse.documentIsValue': ({ value }) =>
    `Este documento es el valor ${value}, no un objeto: un manifiesto son líneas \`clave: valor\` (apiVersion, kind, metadata, ...).`,

  'parse.kind.missing': () => 'Todo objeto necesita `kind` (Pod, Role, NetworkPolicy, ...).',
  'parse.kind.notAName': ({ value }) => `\`kind\` tiene que ser un nombre de tipo como \`Pod\`, no ${value}.`,
  'parse.apiVersion.missing': ({ kind, version }) =>
    `Todo objeto necesita \`apiVersion\` (el grupo y la versión de la API de su tipo).${version !== undefined ? ` Para un ${kind}: \`apiVersion: ${version}\`.` : ''}`,
  'parse.apiVersion.removed': ({ apiVersion, removed, version, kind }) =>
    `\`${apiVersion}\` se eliminó en Kubernetes ${removed}: para un ${kind} usá \`apiVersion: ${version}\`.`,
  'parse.kind.notInVersion': ({ kind, apiVersion, versions }) =>
    `No existe el tipo \`${kind}\` en \`${apiVersion}\`: ${kind} está en \`${versions.join('`, `')}\`.`,
  'parse.kind.unknown': ({ kind, apiVersion, guess }) =>
    `Tipo desconocido \`${kind}\` en \`${apiVersion}\`.${guess !== undefined ? guessed(guess) : ' El laboratorio no tiene recursos personalizados.'}`,

  'parse.schema.invalid': ({ path, detail }) => `\`${path}\`: valor inválido (${detail ?? ''}).`,
  'parse.schema.unknownField': ({ path, hint }) => `Campo desconocido \`${path}\`. ${hint}`,
  'parse.schema.hint.listItemSpace': () => 'Para empezar un ítem de lista, poné un espacio después de `-`.',
  'parse.schema.hint.containerSecurityContext': ({ field }) =>
    `\`${field}\` es un ajuste de contenedor: ponelo en el \`securityContext\` de cada contenedor (\`containers[].securityContext\`).`,
  'parse.schema.hint.podSecurityContext': ({ field }) =>
    `\`${field}\` es un ajuste del pod: ponelo en el \`securityContext\` del pod (\`spec.securityContext\`), al lado de \`containers\`.`,
  'parse.schema.hint.containerSetting': ({ field }) => `\`${field}\` es un ajuste de contenedor: ponelo dentro de un ítem de \`containers\`.`,
  'parse.schema.hint.podSetting': ({ field }) => `\`${field}\` es un ajuste del pod: ponelo en el spec del pod, al lado de \`containers\`.`,
  'parse.schema.hint.didYouMean': ({ guess }) => `¿Quisiste decir \`${guess}\`?`,
  'parse.schema.hint.belongsUnder': ({ field, where }) => `\`${field}\` va dentro de \`${where}\`.`,
  'parse.schema.hint.strict': () => 'kubectl apply rechaza los campos desconocidos (validación estricta de campos).',
  'parse.schema.wrongType': ({ path, expected, value, hint }) =>
    `${path === '' ? 'El documento' : `\`${path}\``} tiene que ser ${expected.join(' o ')}, no ${value}.${hinted(hint)}`,
  'parse.type.integer': () => 'un número entero',
  'parse.type.number': () => 'un número',
  'parse.type.string': () => 'un texto',
  'parse.type.boolean': () => 'true o false',
  'parse.type.array': () => 'una lista',
  'parse.type.object': () => 'un mapa (líneas `clave: valor`)',
  'parse.type.intOrString': () => 'un número o un nombre',
  'parse.type.other': ({ name }) => name,
  'parse.value.empty': () => 'vacío',
  'parse.value.string': ({ json }) => `el texto ${json}`,
  'parse.value.number': ({ value }) => `el número ${value}`,
  'parse.schema.hint.removeQuotes': () => 'Sacale las comillas.',
  'parse.schema.hint.quote': ({ value }) => `Ponelo entre comillas: "${value}".`,
  'parse.schema.hint.itemSpaces': () => 'Poné un espacio después de `-` para empezar cada ítem.',
  'parse.schema.hint.startItems': () => 'Empezá cada ítem con `- `.',
  'parse.schema.hint.addItems': () => 'Agregá ítems debajo (`- ...`) o escribí `[]`.',
  'parse.schema.hint.addFields': () => 'Agregá sus campos indentados debajo, o sacalo.',
  'parse.schema.hint.colonSpace': () => '¿Falta un espacio después de `:`?',
  'parse.schema.missingField': ({ path, field }) =>
    path === '' ? `Al objeto le falta el campo obligatorio \`${field}\`.` : `A \`${path}\` le falta el campo obligatorio \`${field}\`.`,
  'parse.schema.notAllowed': ({ path, allowed, value, guess }) =>
    `\`${path}\` tiene que ser uno de ${allowed.map((a) => `\`${a}\``).join(', ')}, no ${value}.${guessed(guess)}`,
  'parse.schema.unreadable': () => 'Este objeto no se pudo validar contra el esquema.',
  'parse.schema.moreErrors': ({ count }) => `Hay ${count} errores de esquema más en este objeto que no se muestran.`,
};
