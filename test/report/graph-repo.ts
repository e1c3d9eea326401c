// A small Argo CD app-of-apps repository with a NAD and a pod attached to it, shared by the
// report tests.
export const GRAPH_REPO: Record<string, string> = {
  ".plumbline.yaml": "repoURLs: [https://git.example.com/org/gitops.git]\n",
  "argocd/root.yaml": `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: root
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://git.example.com/org/gitops.git
    targetRevision: main
    path: argocd/apps
  destination:
    server: https://kubernetes.default.svc
    namespace: argocd
`,
  "argocd/apps/network.yaml": `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: network
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://git.example.com/org/gitops.git
    targetRevision: main
    path: network
  destination:
    server: https://kubernetes.default.svc
    namespace: sock-shop
`,
  "argocd/stray.yaml": `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: stray
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://git.example.com/org/gitops.git
    targetRevision: main
    path: network
  destination:
    server: https://kubernetes.default.svc
    namespace: sock-shop
`,
  "network/nad.yaml": `apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata:
  name: macvlan-conf
spec:
  config: '{"cniVersion": "0.3.1", "name": "macvlan-conf", "type": "macvlan", "master": "eth0", "mode": "bridge", "ipam": {"type": "host-local", "subnet": "192.168.1.0/24"}}'
`,
  "network/pod.yaml": `apiVersion: v1
kind: Pod
metadata:
  name: sample
  annotations:
    k8s.v1.cni.cncf.io/networks: macvlan-conf, missing-net
spec:
  containers:
    - name: app
      image: busybox
`,
};
