{{/*
A component's NetworkPolicy, on top of the release's default deny: the flows of the design's section 2 and nothing
else. In: HTTP from the components that call it (their "calls" lists), its stream port from the components that
stream from it (their "streams" lists), the ingress controller when it is exposed, Prometheus when a ServiceMonitor
scrapes it. Out: DNS, the components it calls and the stream ports of those it streams from, the broker, its database, the cache,
the OTLP collector, and HTTPS to the internet only when it talks to real providers (internetEgress).
*/}}
{{- define "statistico-common.networkPolicy" -}}
{{- $root := .root -}}
{{- $s := include "statistico-common.settings" . | fromYaml -}}
{{- $np := $root.Values.networkPolicy -}}
{{- $me := .name -}}
{{- $callers := list -}}
{{- $streamers := list -}}
{{- range $other, $c := $root.Values.components }}
{{- if and $c.enabled (has $me ($c.calls | default list)) }}{{ $callers = append $callers $other }}{{ end }}
{{- if and $c.enabled (has $me ($c.streams | default list)) }}{{ $streamers = append $streamers $other }}{{ end }}
{{- end }}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "statistico-common.componentName" . }}
  labels:
    {{- include "statistico-common.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "statistico-common.selectorLabels" . | nindent 6 }}
  policyTypes: [Ingress, Egress]
  ingress:
    {{- range $callers }}
    - from:
        - podSelector:
            matchLabels:
              {{- include "statistico-common.selectorLabels" (dict "root" $root "name" .) | nindent 14 }}
      ports: [{port: 8080, protocol: TCP}]
    {{- end }}
    {{- if $s.streamPort }}
    {{- range $streamers }}
    - from:
        - podSelector:
            matchLabels:
              {{- include "statistico-common.selectorLabels" (dict "root" $root "name" .) | nindent 14 }}
      ports: [{port: {{ $s.streamPort }}, protocol: TCP}]
    {{- end }}
    {{- end }}
    {{- if and $s.exposed (or $root.Values.ingress.enabled $root.Values.httpRoute.enabled) }}
    - from:
        - namespaceSelector:
            matchLabels:
              {{- toYaml $np.ingressControllerNamespaceLabels | nindent 14 }}
      ports: [{port: 8080, protocol: TCP}]
    {{- end }}
    {{- if $root.Values.serviceMonitor.enabled }}
    - from:
        - namespaceSelector:
            matchLabels:
              {{- toYaml $np.monitoringNamespaceLabels | nindent 14 }}
      ports: [{port: 8080, protocol: TCP}]
    {{- end }}
  egress:
    {{- include "statistico-common.dnsEgress" . | nindent 4 }}
    {{- range $s.calls }}
    {{- if (index $root.Values.components .).enabled }}
    - to:
        - podSelector:
            matchLabels:
              {{- include "statistico-common.selectorLabels" (dict "root" $root "name" .) | nindent 14 }}
      ports: [{port: 8080, protocol: TCP}]
    {{- end }}
    {{- end }}
    {{- range $s.streams }}
    {{- $callee := index $root.Values.components . }}
    {{- if and $callee.enabled $callee.streamPort }}
    - to:
        - podSelector:
            matchLabels:
              {{- include "statistico-common.selectorLabels" (dict "root" $root "name" .) | nindent 14 }}
      ports: [{port: {{ $callee.streamPort }}, protocol: TCP}]
    {{- end }}
    {{- end }}
    {{- if $s.messaging }}
    - {{- include "statistico-common.infrastructurePeer" (dict "root" $root "peer" "rabbitmq") | nindent 6 }}
      ports: [{port: 5672, protocol: TCP}]
    {{- end }}
    {{- if $s.database }}
    - {{- include "statistico-common.infrastructurePeer" (dict "root" $root "peer" "postgres") | nindent 6 }}
      ports: [{port: 5432, protocol: TCP}]
    {{- end }}
    {{- if $s.cache }}
    - {{- include "statistico-common.infrastructurePeer" (dict "root" $root "peer" "redis") | nindent 6 }}
      ports: [{port: 6379, protocol: TCP}]
    {{- end }}
    {{- if $root.Values.global.otlpEndpoint }}
    - to:
        - ipBlock: {cidr: 0.0.0.0/0}
      ports: [{port: {{ $np.otlpPort }}, protocol: TCP}]
    {{- end }}
    {{- if $s.internetEgress }}
    - to:
        - ipBlock:
            cidr: 0.0.0.0/0
            except: {{ toJson $np.privateRanges }}
      ports: [{port: 443, protocol: TCP}]
    {{- end }}
{{- end -}}

{{/*
Where the broker, database or cache is: the operators' pods (RabbitmqCluster pods carry
app.kubernetes.io/name=<cluster>, CloudNativePG pods cnpg.io/cluster=<cluster>) or, with external infrastructure,
the CIDRs in networkPolicy.externalInfrastructureCidrs.
*/}}
{{- define "statistico-common.infrastructurePeer" -}}
{{- $root := .root -}}
to:
{{- if eq $root.Values.infrastructure.mode "operators" }}
  - podSelector:
      matchLabels:
        {{- if eq .peer "rabbitmq" }}
        app.kubernetes.io/name: {{ $root.Release.Name }}-rabbitmq
        {{- else if eq .peer "postgres" }}
        cnpg.io/cluster: {{ $root.Release.Name }}-postgres
        {{- else }}
        {{- include "statistico-common.selectorLabels" (dict "root" $root "name" "redis") | nindent 8 }}
        {{- end }}
{{- else }}
{{- range $root.Values.networkPolicy.externalInfrastructureCidrs }}
  - ipBlock: {cidr: {{ . }}}
{{- end }}
{{- end }}
{{- end -}}


{{/* Egress to the cluster's DNS (kube-dns pods in any namespace): every pod behind the default deny needs it. */}}
{{- define "statistico-common.dnsEgress" -}}
- to:
    - namespaceSelector: {}
      podSelector:
        matchLabels:
          k8s-app: kube-dns
  ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]
{{- end -}}
