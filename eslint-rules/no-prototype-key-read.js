/**
 * Flags `obj[key]` reads (and `key in obj`) where `obj` is a string-keyed record and `key` is any
 * string: such a read with a key from data or from a reader ("constructor", "toString",
 * "__proto__") returns Object.prototype's members (audit F11, F12). Use a Map, Object.hasOwn, or
 * an object made with Object.create(null) and say so with an eslint-disable comment.
 * Type-aware: literal keys and keys typed as a union of known names are fine.
 */
import ts from 'typescript';
import { ESLintUtils } from '@typescript-eslint/utils';

const message =
  'A string key read from a plain object also finds Object.prototype ("constructor", "toString"): use a Map, Object.hasOwn, or Object.create(null).';

function isWideString(type) {
  if (type.isUnion()) return type.types.some(isWideString);
  return (type.flags & ts.TypeFlags.String) !== 0 || (type.flags & ts.TypeFlags.TemplateLiteral) !== 0;
}

function isAssignmentTarget(node) {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'AssignmentExpression' && parent.left === node && parent.operator === '=') return true;
  if (parent.type === 'UnaryExpression' && parent.operator === 'delete') return true;
  return false;
}

/** `Object.hasOwn(obj, key)` (or `obj.hasOwnProperty(key)`) with the same object and key. */
function isOwnCheck(test, object, key, source) {
  if (!test || test.type !== 'CallExpression') return false;
  const text = (n) => source.getText(n);
  const callee = test.callee;
  if (
    callee.type === 'MemberExpression' &&
    text(callee) === 'Object.hasOwn' &&
    test.arguments.length === 2 &&
    text(test.arguments[0]) === text(object) &&
    text(test.arguments[1]) === text(key)
  )
    return true;
  return false;
}

/** Whether the read sits where an own-key check on the same object and key has passed. */
function guarded(node, source) {
  for (let child = node, at = node.parent; at; child = at, at = at.parent) {
    if (
      at.type === 'ConditionalExpression' &&
      at.consequent === child &&
      isOwnCheck(at.test, node.object, node.property, source)
    )
      return true;
    if (
      at.type === 'LogicalExpression' &&
      at.operator === '&&' &&
      at.right === child &&
      isOwnCheck(at.left, node.object, node.property, source)
    )
      return true;
    if (
      at.type === 'IfStatement' &&
      at.consequent === child &&
      isOwnCheck(at.test, node.object, node.property, source)
    )
      return true;
  }
  return false;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'No reads of a plain object with a string key from data' },
    messages: { prototypeRead: message },
    schema: [],
  },
  create(context) {
    const services = ESLintUtils.getParserServices(context, true);
    if (!services.program) return {};
    const checker = services.program.getTypeChecker();
    const typeOf = (node) => checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node));
    const hasStringIndex = (type) =>
      !checker.isArrayType(type) &&
      !checker.isTupleType(type) &&
      checker.getIndexInfoOfType(checker.getApparentType(type), ts.IndexKind.String) !== undefined &&
      !type
        .getSymbol()
        ?.getName()
        .match(/^(Map|Set|URLSearchParams|Headers)$/);
    return {
      MemberExpression(node) {
        if (!node.computed || isAssignmentTarget(node)) return;
        if (node.property.type === 'Literal') return;
        if (!hasStringIndex(typeOf(node.object))) return;
        if (!isWideString(typeOf(node.property))) return;
        if (guarded(node, context.sourceCode)) return;
        context.report({ node, messageId: 'prototypeRead' });
      },
      BinaryExpression(node) {
        if (node.operator !== 'in' || node.left.type === 'Literal' || node.left.type === 'PrivateIdentifier')
          return;
        if (!hasStringIndex(typeOf(node.right))) return;
        if (!isWideString(typeOf(node.left))) return;
        context.report({ node, messageId: 'prototypeRead' });
      },
    };
  },
};
