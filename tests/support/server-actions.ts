// What every server action does first, and which use cases it hands the actor to, read from the
// source with the TypeScript parser. Server actions are reachable by anyone who can send a POST
// with their id, whatever page showed the form, so each must check who is asking itself.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface ServerAction {
  file: string;
  name: string;
  /** The function called by the first `await` in the body (the guard, if there is one). */
  firstAwait: string | null;
  /** Functions called with an object that has an `actor` property: the use cases it runs. */
  useCases: string[];
}

export interface ServerActionScan {
  actions: ServerAction[];
  /** Problems that stop the scan from vouching for a file: inline actions, re-exports. */
  problems: string[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

const hasUseServer = (statements: ts.NodeArray<ts.Statement>) =>
  statements.some((s) => ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) && s.expression.text === "use server");

function calleeName(call: ts.CallExpression): string {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return callee.getText();
}

/** The first awaited call in source order, not counting functions defined inside the body. */
function firstAwait(body: ts.Node): string | null {
  let found: string | null = null;
  const visit = (node: ts.Node) => {
    if (found) return;
    if (ts.isFunctionLike(node)) return;
    if (ts.isAwaitExpression(node)) {
      found = ts.isCallExpression(node.expression) ? calleeName(node.expression) : node.expression.getText();
      return;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}

function callsWithActor(body: ts.Node): string[] {
  const names = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const passesActor = node.arguments.some(
        (arg) => ts.isObjectLiteralExpression(arg) && arg.properties.some((p) => p.name !== undefined && ts.isIdentifier(p.name) && p.name.text === "actor"),
      );
      if (passesActor) names.add(calleeName(node));
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return [...names].sort();
}

export function scanServerActions(appDir = "app"): ServerActionScan {
  const actions: ServerAction[] = [];
  const problems: string[] = [];
  for (const file of sourceFiles(appDir)) {
    const text = readFileSync(file, "utf8");
    if (!text.includes("use server")) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const moduleLevel = hasUseServer(source.statements);
    // An inline "use server" inside a component is an action this scan would have to find by
    // walking every component; keeping them all in action modules keeps the matrix complete.
    const inline = (node: ts.Node) => {
      if (ts.isFunctionLike(node) && "body" in node && node.body && ts.isBlock(node.body as ts.Node) && hasUseServer((node.body as ts.Block).statements)) {
        problems.push(`${file}: inline "use server" function; put server actions in a "use server" module under app/_server/`);
      }
      ts.forEachChild(node, inline);
    };
    inline(source);
    if (!moduleLevel) continue;
    for (const statement of source.statements) {
      const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (ts.isFunctionDeclaration(statement) && exported && statement.name && statement.body) {
        actions.push({ file, name: statement.name.text, firstAwait: firstAwait(statement.body), useCases: callsWithActor(statement.body) });
      } else if (ts.isVariableStatement(statement) && exported) {
        for (const d of statement.declarationList.declarations) {
          const init = d.initializer;
          if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && ts.isIdentifier(d.name)) {
            actions.push({ file, name: d.name.text, firstAwait: firstAwait(init.body), useCases: callsWithActor(init.body) });
          } else {
            problems.push(`${file}: export ${d.name.getText()} is not a function written in place`);
          }
        }
      } else if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) {
        problems.push(`${file}: re-exports hide actions from the matrix; declare them in place`);
      }
    }
  }
  return { actions: actions.sort((a, b) => `${a.file}#${a.name}`.localeCompare(`${b.file}#${b.name}`)), problems: problems.sort() };
}
