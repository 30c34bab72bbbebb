/**
 * Printing what `kubectl get` fetched: tables (one per type, `kind/name` names when several
 * types are shown, NAMESPACE first with -A, LABELS last with --show-labels), `-o name`,
 * `-o yaml|json` (one object, or a `List`), and simple `-o jsonpath`.
 * Upstream: kubectl pkg/cmd/get/get.go, cli-runtime printers.
 */
import type { Cluster, KubeObject } from '../types';
import { msg, type Message } from '../messages';
import { toGoJson, toGoYaml } from '../support/goText';
import { evaluateJsonPath } from './jsonPath';
import { customColumnRow, parseCustomColumns } from './customColumns';
import { nameOf, namespaceOf } from '../apiserver/objectData';
import { qualifiedKind, type ResourceInfo } from '../apiserver/resourceTypes';
import { serverView } from '../apiserver/serverView';
import { formatTable } from './tabwriter';
import { GENERIC_COLUMNS, KIND_COLUMNS, labelsColumn } from './tableColumns';

export interface PrintGroup {
  info: ResourceInfo;
  objects: KubeObject[];
}

export interface PrintOptions {
  output: string;
  allNamespaces: boolean;
  showLabels: boolean;
  noHeaders: boolean;
  withKind: boolean;
  /** A single object was asked for by name: -o yaml prints it, not a List. */
  single: boolean;
}

function tableLines(cluster: Cluster, tick: number, group: PrintGroup, options: PrintOptions): string[] {
  const columns = KIND_COLUMNS[group.info.kind] ?? GENERIC_COLUMNS;
  const wide = options.output === 'wide' && columns.wideHeaders && columns.wideRow;
  const withNamespace = options.allNamespaces && group.info.namespaced;
  const headers = [
    ...(withNamespace ? ['NAMESPACE'] : []),
    ...columns.headers,
    ...(wide ? (columns.wideHeaders ?? []) : []),
    ...(options.showLabels ? ['LABELS'] : []),
  ];
  const ctx = { cluster, tick };
  const rows = group.objects.map((object) => {
    const cells = columns.row(object, ctx);
    if (options.withKind && columns.nameColumn !== -1) cells[0] = `${qualifiedKind(group.info)}/${cells[0]}`;
    return [
      ...(withNamespace ? [namespaceOf(object)] : []),
      ...cells,
      ...(wide && columns.wideRow ? columns.wideRow(object, ctx) : []),
      ...(options.showLabels ? [labelsColumn(object)] : []),
    ];
  });
  return formatTable(options.noHeaders ? null : headers, rows);
}

function listOf(items: KubeObject[]): Record<string, unknown> {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}

/** `-o custom-columns=SPEC`: one header line (unless --no-headers), then a row per object, tabwriter-aligned. */
function customColumnsLines(cluster: Cluster, groups: PrintGroup[], spec: string, noHeaders: boolean): string[] | { error: string } {
  const columns = parseCustomColumns(spec);
  if ('error' in columns) return columns;
  const rows: string[][] = [];
  for (const group of groups) {
    for (const object of group.objects) {
      const row = customColumnRow(serverView(cluster, object), columns);
      if ('error' in row) return row;
      rows.push(row);
    }
  }
  return formatTable(noHeaders ? null : columns.map((c) => c.header), rows);
}

/** The text kubectl prints for these objects in the chosen output format. */
export function printObjects(cluster: Cluster, tick: number, groups: PrintGroup[], options: PrintOptions): string[] | { error: string | Message } {
  const nonEmpty = groups.filter((g) => g.objects.length > 0);
  const format = options.output;
  if (format === '' || format === 'wide') {
    const out: string[] = [];
    nonEmpty.forEach((group, i) => {
      if (i > 0) out.push('');
      out.push(...tableLines(cluster, tick, group, options));
    });
    return out;
  }
  if (format === 'name') return nonEmpty.flatMap((g) => g.objects.map((o) => `${qualifiedKind(g.info)}/${nameOf(o)}`));
  if (format === 'custom-columns' || format.startsWith('custom-columns='))
    return customColumnsLines(cluster, nonEmpty, format.slice('custom-columns='.length), options.noHeaders);
  if (format === 'custom-columns-file' || format.startsWith('custom-columns-file=')) {
    return { error: msg('kubectl.refuse.customColumnsFile', {}) };
  }
  const views = nonEmpty.flatMap((g) => g.objects.map((o) => serverView(cluster, o)));
  const value = options.single && views.length === 1 ? views[0] : listOf(views);
  if (format === 'yaml') return toGoYaml(value).replace(/\n$/, '').split('\n');
  if (format === 'json') return toGoJson(value).split('\n');
  const jsonPath = /^jsonpath=(.*)$/s.exec(format) ?? /^jsonpath='(.*)'$/s.exec(format);
  if (jsonPath) {
    const result = evaluateJsonPath(value, jsonPath[1]);
    return typeof result === 'string' ? result.split('\n') : { error: result.error };
  }
  return {
    error: `unable to match a printer suitable for the output format "${format}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml`,
  };
}
