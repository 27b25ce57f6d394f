// Alibaba Cloud's own Node.js SDKs (@alicloud/ecs20140526, @alicloud/vpc20160428: the packages Alibaba
// generates from its API metadata) against ecs-sandbox, as a user's script would use them:
//  1. add a ClassicLink rule pair (Permissions.N, as the SDK sends it), list it, remove it, list again;
//  2. call every action the sandbox serves (`ecs-sandbox --list-actions`) and walk each answer, as the
//     sandbox sent it, against the SDK's response model: every field must be one the model has, with the
//     model's type (numbers as numbers, booleans as booleans, lists as lists);
//  3. read what our own client sent (`ecs-sandbox --record-requests`, while run.sh ran `classiclink`
//     through the whole job) and check every parameter against the SDK's request model: one the model
//     has, and not marked @deprecated in its documentation (nor "about to be deprecated").
// Usage: node official-sdk.mjs ENDPOINT ACTIONS_FILE [REQUESTS_FILE]   (ENDPOINT as host:port, plain HTTP)
import EcsModule from '@alicloud/ecs20140526';
import VpcModule from '@alicloud/vpc20160428';
import * as OpenApi from '@alicloud/openapi-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const [endpoint, actionsFile, requestsFile] = process.argv.slice(2);
const regionId = 'cn-hangzhou';
const config = () => new OpenApi.$OpenApiUtil.Config({
    accessKeyId: 'sandbox-admin',
    accessKeySecret: 'sandbox-admin-secret',
    endpoint,
    protocol: 'http',
    regionId,
});
const products = {
    ecs: { module: EcsModule, client: new EcsModule.default(config()) },
    vpc: { module: VpcModule, client: new VpcModule.default(config()) },
};
const failures = [];
const fail = (text) => failures.push(text);

// The answer exactly as the sandbox sent it: the SDK's typed result keeps only what its model knows.
for (const product of Object.values(products)) {
    const callApi = product.client.callApi.bind(product.client);
    product.client.callApi = async (...args) => {
        const answer = await callApi(...args);
        product.lastBody = answer.body;
        return answer;
    };
}

async function call(productName, action, request) {
    const product = products[productName];
    const method = action[0].toLowerCase() + action.slice(1);
    const Request = product.module[`${action}Request`];
    if (typeof product.client[method] !== 'function' || !Request)
        throw new Error(`${productName} ${action}: the official SDK has no such action`);
    const typed = await product.client[method](new Request({ regionId, ...request }));
    return { typed: typed.body, raw: product.lastBody };
}

// --- 1. A ClassicLink rule pair, the calls a user's script makes ---------------------------------------
const classicGroup = 'sg-cn-hangzhou-default';
const vpcGroup = 'sg-prod-app';
const pair = [
    { group: vpcGroup, source: classicGroup },   // the classic instances may reach the VPC
    { group: classicGroup, source: vpcGroup },   // the VPC may reach the classic instances
];
const ecs = products.ecs.module;
const permission = (Item, source) => new Item({
    ipProtocol: 'tcp', portRange: '22/22', sourceGroupId: source, nicType: 'intranet', policy: 'accept',
    priority: '1', description: 'official SDK check',
});
async function rulesFrom(group, source) {
    const { typed } = await call('ecs', 'DescribeSecurityGroupAttribute', { securityGroupId: group, nicType: 'intranet' });
    return (typed.permissions?.permission ?? []).filter((p) => p.sourceGroupId === source && p.portRange === '22/22');
}
for (const { group, source } of pair) {
    await call('ecs', 'AuthorizeSecurityGroup', {
        securityGroupId: group,
        permissions: [permission(ecs.AuthorizeSecurityGroupRequestPermissions, source)],
    });
    const listed = await rulesFrom(group, source);
    if (listed.length !== 1)
        fail(`after AuthorizeSecurityGroup, ${group} lists ${listed.length} rules from ${source} (expected 1)`);
}
// The same rule again: success, nothing added.
await call('ecs', 'AuthorizeSecurityGroup', {
    securityGroupId: vpcGroup,
    permissions: [permission(ecs.AuthorizeSecurityGroupRequestPermissions, classicGroup)],
});
if ((await rulesFrom(vpcGroup, classicGroup)).length !== 1)
    fail('a rule authorized twice is listed twice');
const describeAttribute = products.ecs.lastBody; // keep an answer with rules in it for part 2
for (const { group, source } of pair) {
    await call('ecs', 'RevokeSecurityGroup', {
        securityGroupId: group,
        permissions: [permission(ecs.RevokeSecurityGroupRequestPermissions, source)],
    });
    const left = await rulesFrom(group, source);
    if (left.length !== 0)
        fail(`after RevokeSecurityGroup, ${group} still lists ${left.length} rules from ${source}`);
}
console.log('ClassicLink rule pair: added, listed, removed with the official SDK');

// --- 2. Every answer against the official response models ---------------------------------------------
function checkModel(value, Model, path) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return fail(`${path}: expected an object (${Model.name}), got ${JSON.stringify(value)}`);
    const names = Model.names();
    const types = Model.types();
    const property = Object.fromEntries(Object.entries(names).map(([name, wire]) => [wire, name]));
    for (const [key, field] of Object.entries(value)) {
        if (!(key in property)) {
            fail(`${path}.${key}: the official model ${Model.name} has no such field`);
            continue;
        }
        checkType(field, types[property[key]], `${path}.${key}`);
    }
}
function checkType(value, type, path) {
    if (type === 'any' || type === undefined)
        return;
    if (value === null)
        return fail(`${path}: null where the model has ${typeof type === 'string' ? type : 'a value'}`);
    if (type === 'string' || type === 'number' || type === 'boolean') {
        if (typeof value !== type)
            fail(`${path}: ${JSON.stringify(value)} is a ${typeof value}; the model has ${type}`);
        return;
    }
    if (typeof type === 'function')
        return checkModel(value, type, path);
    if (type.type === 'array') {
        if (!Array.isArray(value))
            return fail(`${path}: expected a list, got ${JSON.stringify(value)}`);
        value.forEach((item, i) => checkType(item, type.itemType, `${path}[${i}]`));
        return;
    }
    if (type.type === 'map') {
        for (const [key, item] of Object.entries(value))
            checkType(item, type.valueType, `${path}.${key}`);
        return;
    }
    fail(`${path}: the model's type ${JSON.stringify(type)} is not understood by this check`);
}

const vpcId = 'vpc-classiclink01';
// What each action is called with: IDs of the built-in fixture, so every answer has content to check.
const requests = {
    DescribeRegions: [{}],
    DescribeZones: [{}],
    DescribeInstances: [{ pageNumber: 1, pageSize: 5 }, { maxResults: 5 }], // page numbers, then NextToken
    DescribeVpcs: [{ pageSize: 10 }],
    DescribeVpcAttribute: [{ vpcId }],
    DescribeSecurityGroups: [{ pageSize: 10 }],
    DescribeSecurityGroupAttribute: [
        { securityGroupId: classicGroup, nicType: 'intranet' },
        // both directions and a reference to another account's group; an advanced group
        { securityGroupId: 'sg-classic-web', nicType: 'intranet', direction: 'all' },
        { securityGroupId: 'sg-home-advanced', direction: 'egress' },
    ],
    AuthorizeSecurityGroupEgress: [{ securityGroupId: 'sg-classic-web', permissions: [new ecs.AuthorizeSecurityGroupEgressRequestPermissions({
        ipProtocol: 'tcp', portRange: '5432/5432', destCidrIp: '10.0.0.0/8', nicType: 'intranet', description: 'official SDK check',
    })] }],
    CreateSecurityGroup: [{ vpcId, securityGroupName: 'official-sdk-check', securityGroupType: 'enterprise', clientToken: 'sdk-check-1' }],
    CreateVSwitch: [{ vpcId, zoneId: 'cn-hangzhou-g', cidrBlock: '172.20.0.0/24', vSwitchName: 'official-sdk-check' }],
    DescribeDisks: [{ instanceId: 'i-running08' }, { zoneId: 'cn-hangzhou-g', maxResults: 10 }],
    AuthorizeSecurityGroup: [{ securityGroupId: vpcGroup, permissions: [permission(ecs.AuthorizeSecurityGroupRequestPermissions, classicGroup)] }],
    RevokeSecurityGroup: [{ securityGroupId: vpcGroup, permissions: [permission(ecs.RevokeSecurityGroupRequestPermissions, classicGroup)] }],
    DescribeVSwitches: [{ vpcId }],
    DescribeRouteTableList: [{ vpcId }],
    DescribeRouteEntryList: [{ routeTableId: null }], // filled from DescribeRouteTableList's answer
    DescribeClassicLinkInstances: [{ vpcId }],
    AttachClassicLinkVpc: [{ instanceId: 'i-running01', vpcId }],
    DetachClassicLinkVpc: [{ instanceId: 'i-running01', vpcId }],
    EnableVpcClassicLink: [{ vpcId: 'vpc-noclassiclink01' }],
    DisableVpcClassicLink: [{ vpcId: 'vpc-noclassiclink01' }],
};
const served = readFileSync(actionsFile, 'utf8').split('\n').filter(Boolean).map((line) => line.split(' '));
let checked = 0;
let routeTableId;
for (const [action, productName] of served) {
    if (!(action in requests)) {
        fail(`${productName} ${action}: served by the sandbox, but this check has no request for it`);
        continue;
    }
    const Body = products[productName].module[`${action}ResponseBody`];
    if (!Body) {
        fail(`${productName} ${action}: the official SDK has no response model for it`);
        continue;
    }
    for (let request of requests[action]) {
        if (action === 'DescribeRouteEntryList')
            request = { routeTableId };
        let raw;
        try {
            ({ raw } = await call(productName, action, request));
        } catch (error) {
            fail(`${productName} ${action} ${JSON.stringify(request)}: ${error.code ?? ''} ${error.message}`);
            continue;
        }
        if (action === 'DescribeRouteTableList')
            routeTableId = raw?.RouterTableList?.RouterTableListType?.[0]?.RouteTableId;
        checkModel(raw, Body, `${productName} ${action}`);
        ++checked;
    }
}
checkModel(describeAttribute, ecs.DescribeSecurityGroupAttributeResponseBody, 'ecs DescribeSecurityGroupAttribute (with rules)');
console.log(`${checked} answers of ${served.length} served actions checked against the official response models`);

// --- 3. What our client sends, against the official request models -----------------------------------
// The doc comment of each property of a model class, from the package's declaration files.
const require = createRequire(import.meta.url);
const packageOf = { ecs: '@alicloud/ecs20140526', vpc: '@alicloud/vpc20160428' };
const declarations = new Map();
const exportedFrom = new Map(); // "product Class" -> the declaration file, from models/model.d.ts
function declarationFile(productName, className) {
    const models = join(dirname(require.resolve(packageOf[productName])), 'models');
    if (![...exportedFrom.keys()].some((key) => key.startsWith(`${productName} `))) {
        const index = readFileSync(join(models, 'model.d.ts'), 'utf8');
        for (const [, names, file] of index.matchAll(/export \{([^}]*)\} from '\.\/([^']+)'/g)) {
            for (const name of names.split(','))
                exportedFrom.set(`${productName} ${name.trim()}`, join(models, `${file}.d.ts`));
        }
    }
    const file = exportedFrom.get(`${productName} ${className}`);
    if (!file)
        throw new Error(`${packageOf[productName]} declares no ${className}`);
    return file;
}
function deprecatedProperties(productName, className) {
    const key = `${productName} ${className}`;
    if (declarations.has(key))
        return declarations.get(key);
    const text = readFileSync(declarationFile(productName, className), 'utf8');
    const start = text.indexOf(`export declare class ${className} extends`);
    const body = start < 0 ? '' : text.slice(start, text.indexOf('static names()', start));
    const deprecated = new Set();
    for (const [, comment, name] of body.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*(\w+)\??:/g)) {
        if (/@deprecated|about to be deprecated|no longer supported/i.test(comment))
            deprecated.add(name);
    }
    declarations.set(key, deprecated);
    return deprecated;
}
function checkParameter(productName, Model, path, value, where) {
    const names = Model.names();
    const property = Object.fromEntries(Object.entries(names).map(([name, wire]) => [wire, name]));
    const [head, ...rest] = path;
    if (!(head in property))
        return fail(`${where}: ${head} is not a parameter of the official ${Model.name}`);
    if (deprecatedProperties(productName, Model.name).has(property[head]))
        fail(`${where}: ${head} is deprecated in the official ${Model.name}`);
    const type = Model.types()[property[head]];
    if (rest.length === 0)
        return;
    // Lists go out flattened: Permissions.1.IpProtocol.
    if (type?.type === 'array' && /^\d+$/.test(rest[0]) && typeof type.itemType === 'function' && rest.length > 1)
        return checkParameter(productName, type.itemType, rest.slice(1), value, where);
    if (type?.type === 'array' && /^\d+$/.test(rest[0]) && rest.length === 1)
        return;
    fail(`${where}: ${path.join('.')} does not fit the official ${Model.name}`);
}
let parameters = 0;
if (requestsFile) {
    const sent = readFileSync(requestsFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
    const actions = new Set();
    for (const { product: productName, action, params } of sent) {
        actions.add(`${productName} ${action}`);
        const Request = products[productName].module[`${action}Request`];
        if (!Request) {
            fail(`${productName} ${action}: our client sends an action the official SDK does not have`);
            continue;
        }
        for (const [name, value] of Object.entries(params)) {
            checkParameter(productName, Request, name.split('.'), value, `${productName} ${action} ${name}=${value}`);
            ++parameters;
        }
    }
    if (sent.length === 0)
        fail(`${requestsFile}: our client's requests were not recorded`);
    console.log(`${parameters} parameters of ${sent.length} requests of our client (${actions.size} actions) checked against the official request models`);
}

if (failures.length) {
    console.error(`${failures.length} problems:\n  ${failures.join('\n  ')}`);
    process.exit(1);
}
console.log('the sandbox speaks the published API');
