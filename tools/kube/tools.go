//go:build tools

// Package tools pins the Kubernetes commands the tests run (kube-apiserver and kubectl) in this
// module's go.mod, so `go build` of them needs nothing but the module proxy.
package tools

import (
	_ "k8s.io/kubernetes/cmd/kube-apiserver"
	_ "k8s.io/kubernetes/cmd/kubectl"
)
