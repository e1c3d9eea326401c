export const id = 831;
export const ids = [831];
export const modules = {

/***/ 1831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createClient: () => (/* binding */ createClient)
/* harmony export */ });
/* unused harmony exports MAX_ATTEMPTS, displayServer */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8815);
/* harmony import */ var _workspace_parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4890);
/* harmony import */ var _bounds_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5193);
/* harmony import */ var _kubeconfig_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6479);








/**
 * Loads each kubeconfig on its own, so relative paths in it resolve against its own folder, and
 * merges them as kubectl does. The first file to name a cluster, user or context wins, and so does
 * the first file that sets current-context. client-node's own merge rejects a repeated name
 * instead, and lets the last current-context win. An empty file counts as an empty kubeconfig.
 */
function loadKubeconfigs(KubeConfig, sources) {
    const clusters = [];
    const users = [];
    const contexts = [];
    let currentContext = "";
    for (const source of sources) {
        if ((0,_kubeconfig_js__WEBPACK_IMPORTED_MODULE_6__/* .isEmptyKubeconfig */ .hY)(source.text))
            continue;
        const file = new KubeConfig();
        file.loadFromString(source.text);
        file.makePathsAbsolute(source.dir);
        for (const cluster of file.clusters)
            if (!clusters.some((known) => known.name === cluster.name))
                clusters.push(cluster);
        for (const user of file.users)
            if (!users.some((known) => known.name === user.name))
                users.push(user);
        for (const context of file.contexts)
            if (!contexts.some((known) => known.name === context.name))
                contexts.push(context);
        if (currentContext === "")
            currentContext = file.currentContext ?? "";
    }
    const merged = new KubeConfig();
    merged.loadFromOptions({ clusters, users, contexts, currentContext });
    return merged;
}
/**
 * Returns the `tokenFile` of user `name`, resolved against the folder of the kubeconfig that
 * defines the user. client-node 1.4 reads only a `token-file` key, so kubectl's `tokenFile` would
 * otherwise be dropped without a word.
 */
function findTokenFile(sources, name) {
    for (const { text, dir } of sources) {
        let users;
        try {
            users = (0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(text, { uniqueKeys: false })?.users;
        }
        catch {
            // client-node's parser accepted this file and `yaml` did not, so no tokenFile can be read from it.
            continue;
        }
        if (!Array.isArray(users))
            continue;
        const entry = users.find((user) => typeof user === "object" && user !== null && user.name === name);
        // The first file that names the user wins whole, as in the merge.
        if (entry)
            return typeof entry.user?.tokenFile === "string" && entry.user.tokenFile !== "" ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(dir, entry.user.tokenFile) : undefined;
    }
    return undefined;
}
/** Limit of a token file. Real tokens are a few kilobytes (an estimate), so a larger file is a wrong path, such as /dev/zero. */
const MAX_TOKEN_FILE_BYTES = 64 * 1024;
/**
 * Reads a bearer token file, without the white space around the token. readTextFile rejects FIFOs
 * and devices, opens without blocking and enforces the size limit, so a wrong path cannot block
 * the run or fill memory.
 */
function readTokenFile(path) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(path))
        return { problem: `"${path}" does not exist` };
    const read = (0,_workspace_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .readTextFile */ .Gu)(path, MAX_TOKEN_FILE_BYTES);
    if (!read.ok)
        return { problem: `"${path}": ${read.problem.message}` };
    const token = read.text.trim();
    if (token === "")
        return { problem: `"${path}" is empty` };
    // A header value cannot carry a line break or another control character.
    if (/[\u0000-\u001f\u007f]/.test(token))
        return { problem: `"${path}" holds more than one line, or a control character, where one token belongs` };
    return { token };
}
/** Maximum attempts per request when the server returns 429 or 5xx. */
const MAX_ATTEMPTS = 3;
const RETRY_BASE_MS = 250;
const RETRY_AFTER_MAX_MS = 2_000;
const MAX_BODY_BYTES = 64 * 1024 * 1024;

/**
 * Loads the kubeconfig and prepares an authenticated client whose requests stop after `phaseMs`.
 * Errors carry a message that names the kubeconfig's location and the problem, never its content.
 */
async function createClient(options, phaseMs) {
    const { KubeConfig } = await __webpack_require__.e(/* import() */ 172).then(__webpack_require__.bind(__webpack_require__, 2172));
    // The bound starts once the library is loaded: loading it is local work, not waiting on a server.
    const deadline = Date.now() + phaseMs;
    const paths = options.kubeconfigFiles?.map((file) => file.path) ?? options.kubeconfigPaths ?? (options.kubeconfigPath !== undefined ? [options.kubeconfigPath] : []);
    const source = options.kubeconfigText !== undefined ? "the kubeconfig input" : (0,_kubeconfig_js__WEBPACK_IMPORTED_MODULE_6__/* .describeKubeconfigPaths */ .B)(paths);
    if (options.kubeconfigText === undefined && paths.length === 0)
        return { error: "no kubeconfig was given: pass --kubeconfig FILE or set KUBECONFIG" };
    // Each file is read once: a kubeconfig given as /dev/stdin or a pipe cannot be read twice.
    let sources;
    let kubeConfig;
    try {
        if (options.kubeconfigText !== undefined)
            sources = [{ text: options.kubeconfigText, dir: process.cwd() }];
        else
            sources = (options.kubeconfigFiles ?? paths.map((path) => ({ path, text: (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(path, "utf8") }))).map((file) => ({ text: file.text, dir: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(file.path)) }));
        kubeConfig = loadKubeconfigs(KubeConfig, sources);
    }
    catch (error) {
        return { error: `cannot load ${source}: ${(0,_kubeconfig_js__WEBPACK_IMPORTED_MODULE_6__/* .describeKubeconfigError */ .hL)(error)}` };
    }
    if (options.context !== undefined) {
        if (!kubeConfig.getContextObject(options.context)) {
            return { error: `context "${options.context}" is not in ${source}: use one of ${kubeConfig.getContexts().map((context) => `"${context.name}"`).join(", ") || "(none)"}` };
        }
        kubeConfig.setCurrentContext(options.context);
    }
    const cluster = kubeConfig.getCurrentCluster();
    if (!cluster)
        return { error: `${source} has no current context with a cluster: set current-context or pass --context` };
    const server = displayServer(cluster.server);
    let base;
    try {
        base = new URL(cluster.server);
    }
    catch {
        return { error: `the server of cluster "${cluster.name}" is not a URL: fix clusters[].cluster.server in ${source}`, server };
    }
    // Authentication may run an exec plugin, which gets the same bound as a request.
    // NOTE: a plugin that never exits is abandoned after the timeout, but its process keeps running.
    // Node waits for it before the CLI exits, because client-node gives no handle to kill it.
    const settings = {};
    try {
        await withTimeout(kubeConfig.applyToHTTPSOptions(settings), Math.min(options.timeoutMs, deadline - Date.now()));
    }
    catch (error) {
        return { error: `cannot prepare the credentials of ${source}: ${describeCredentialError(error)}`, server };
    }
    const headers = { Accept: "application/json", "User-Agent": "plumbline" };
    for (const [key, value] of Object.entries(settings.headers ?? {})) {
        if (typeof value === "string" || typeof value === "number")
            headers[key] = String(value);
    }
    const userName = kubeConfig.getCurrentUser()?.name;
    const tokenFile = userName === undefined ? undefined : findTokenFile(sources, userName);
    if (tokenFile) {
        const token = readTokenFile(tokenFile);
        if ("token" in token)
            headers.Authorization = `Bearer ${token.token}`;
        else if (!headers.Authorization)
            return { error: `cannot read the tokenFile of user "${userName}" in ${source}: ${token.problem}`, server };
    }
    if (settings.auth)
        headers.Authorization = `Basic ${Buffer.from(settings.auth).toString("base64")}`;
    const context = kubeConfig.getContextObject(kubeConfig.getCurrentContext());
    const requestSettings = { agent: settings.agent, headers };
    return {
        client: {
            server,
            defaultNamespace: context?.namespace || "default",
            get: (path, query) => getWithRetry(base, path, query, requestSettings, options.timeoutMs, deadline),
        },
    };
}
/**
 * Describes a failure to apply the kubeconfig's credentials. An exec plugin's failure message is
 * its stderr, which may echo a credential, so only known, fixed messages are passed on.
 */
function describeCredentialError(error) {
    const code = error.code;
    const message = error instanceof Error ? error.message : "";
    if (message.startsWith("HTTP protocol is not allowed")) {
        return "the server URL uses http:, which @kubernetes/client-node accepts only with insecure-skip-tls-verify: true; use the https: URL of the API server";
    }
    if (message.startsWith("no credentials within"))
        return `the credential plugin did not finish: ${message}`;
    if (code === "ENOENT")
        return "a command or file it names does not exist";
    if (code === "EACCES")
        return "a command or file it names is not accessible";
    return "the client certificate, key or credential plugin failed; check them with kubectl";
}
/** Formats the server URL for messages: scheme, host, port and path, without user info or query. */
function displayServer(server) {
    try {
        const url = new URL(server);
        const path = url.pathname === "/" ? "" : url.pathname;
        return `${url.protocol}//${url.host}${path}`;
    }
    catch {
        return "(invalid server URL)";
    }
}
async function getWithRetry(base, path, query, settings, timeoutMs, deadline) {
    const url = new URL(base.toString());
    url.pathname = `${base.pathname.replace(/\/$/, "")}${path}`;
    for (const [key, value] of Object.entries(query ?? {}))
        url.searchParams.set(key, value);
    for (let attempt = 1;; attempt++) {
        const remaining = deadline - Date.now();
        if (remaining <= 0)
            return { kind: "skipped" };
        const response = await getOnce(url, settings, Math.min(timeoutMs, remaining));
        if ("reason" in response)
            return { kind: "network", ...response };
        const { status } = response;
        if (status >= 200 && status < 300)
            return { kind: "ok", status, body: parseJson(response.body) };
        if (status === 404)
            return { kind: "not-found", status, body: parseJson(response.body) };
        if (status === 401)
            return { kind: "unauthorized", status };
        if (status === 403)
            return { kind: "forbidden", status };
        const retryable = status === 429 || status >= 500;
        if (!retryable || attempt >= MAX_ATTEMPTS)
            return { kind: "http-error", status, attempts: attempt };
        const delay = retryDelay(response.retryAfter, attempt);
        if (Date.now() + delay >= deadline)
            return { kind: "http-error", status, attempts: attempt };
        await sleep(delay);
    }
}
/** Returns the delay that `Retry-After` requests (capped at 2 s), else an exponential backoff from 250 ms. */
function retryDelay(retryAfter, attempt) {
    const seconds = retryAfter === undefined ? Number.NaN : Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0)
        return Math.min(seconds * 1000, RETRY_AFTER_MAX_MS);
    return RETRY_BASE_MS * 2 ** (attempt - 1);
}
function getOnce(url, settings, timeoutMs) {
    return new Promise((resolve) => {
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            controller.abort();
        }, timeoutMs);
        const finish = (result) => {
            clearTimeout(timer);
            resolve(result);
        };
        const send = url.protocol === "https:" ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
        let request;
        try {
            request = send(url, { method: "GET", headers: settings.headers, agent: settings.agent, signal: controller.signal });
        }
        catch (error) {
            finish({ reason: describeNetworkError(error), timedOut: false, tls: false });
            return;
        }
        request.on("response", (response) => {
            const chunks = [];
            let size = 0;
            response.on("data", (chunk) => {
                size += chunk.length;
                if (size > MAX_BODY_BYTES) {
                    request.destroy();
                    finish({ reason: `the response was larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB`, timedOut: false, tls: false });
                    return;
                }
                chunks.push(chunk);
            });
            response.on("end", () => {
                const retryAfter = response.headers["retry-after"];
                finish({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), retryAfter: typeof retryAfter === "string" ? retryAfter : undefined });
            });
            response.on("error", (error) => finish(networkFailure(error, timedOut, timeoutMs)));
        });
        request.on("error", (error) => finish(networkFailure(error, timedOut, timeoutMs)));
        request.end();
    });
}
function networkFailure(error, timedOut, timeoutMs) {
    if (timedOut)
        return { reason: `no response within ${(0,_bounds_js__WEBPACK_IMPORTED_MODULE_7__/* .formatSeconds */ .X)(timeoutMs)}`, timedOut: true, tls: false };
    const code = error.code ?? "";
    return { reason: describeNetworkError(error), timedOut: false, tls: TLS_CODES.has(code) || code.startsWith("ERR_TLS") || code.startsWith("ERR_SSL") };
}
const TLS_CODES = new Set([
    "DEPTH_ZERO_SELF_SIGNED_CERT",
    "SELF_SIGNED_CERT_IN_CHAIN",
    "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
    "UNABLE_TO_GET_ISSUER_CERT",
    "CERT_HAS_EXPIRED",
    "CERT_NOT_YET_VALID",
    "CERT_SIGNATURE_FAILURE",
    "ERR_TLS_CERT_ALTNAME_INVALID",
    "EPROTO",
]);
/** Builds a short cause from the error code, so no text of the request can reach a message. */
function describeNetworkError(error) {
    const code = error.code ?? "";
    switch (code) {
        case "ECONNREFUSED":
            return "the connection was refused";
        case "ECONNRESET":
            return "the connection was reset";
        case "ENOTFOUND":
        case "EAI_AGAIN":
            return "the host name does not resolve";
        case "EHOSTUNREACH":
        case "ENETUNREACH":
            return "the host is unreachable";
        case "ETIMEDOUT":
            return "the connection timed out";
        case "DEPTH_ZERO_SELF_SIGNED_CERT":
        case "SELF_SIGNED_CERT_IN_CHAIN":
        case "UNABLE_TO_VERIFY_LEAF_SIGNATURE":
        case "UNABLE_TO_GET_ISSUER_CERT_LOCALLY":
        case "UNABLE_TO_GET_ISSUER_CERT":
            return `TLS verification failed (${code}): set certificate-authority-data for the cluster in the kubeconfig`;
        case "CERT_HAS_EXPIRED":
        case "CERT_NOT_YET_VALID":
            return `TLS verification failed (${code}): the server's certificate is outside its validity period`;
        case "ERR_TLS_CERT_ALTNAME_INVALID":
            return "TLS verification failed: the server's certificate does not name this host; set tls-server-name or use the host the certificate names";
        default:
            if (code.startsWith("ERR_TLS") || code.startsWith("ERR_SSL") || code === "EPROTO")
                return `the TLS handshake failed (${code})`;
            return code ? `the request failed (${code})` : "the request failed";
    }
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function withTimeout(promise, ms) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no credentials within ${(0,_bounds_js__WEBPACK_IMPORTED_MODULE_7__/* .formatSeconds */ .X)(ms)}`)), Math.max(ms, 0));
        promise.then((value) => {
            clearTimeout(timer);
            resolve(value);
        }, (error) => {
            clearTimeout(timer);
            reject(error);
        });
    });
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ })

};
