# Install ordreview on a Windows PC with no internet and no admin rights, from this wheelhouse folder.
# Run in PowerShell from the wheelhouse folder:   powershell -ExecutionPolicy Bypass -File install_offline.ps1
# Needs Python 3.12 (64-bit) from python.org, installed "for me only" (no admin needed).
param(
    [string]$Target = "$env:LOCALAPPDATA\ordreview\venv",
    [string]$Python = "py"
)
$ErrorActionPreference = "Stop"
$here = Split-Path -Parent $MyInvocation.MyCommand.Path

& $Python -3.12 -m venv $Target
$pip = Join-Path $Target "Scripts\python.exe"
# Dependencies: hash-checked, never from an index.
& $pip -m pip install --no-index --find-links $here --require-hashes -r (Join-Path $here "requirements-win312.txt")
# ordreview itself (its dependencies are already there), compiled to bytecode at install (pip's
# default, said here so that no pip setting turns it off: without it every start compiles the sources).
$wheel = Get-ChildItem $here -Filter "ordreview-*.whl" | Select-Object -First 1
& $pip -m pip install --no-index --no-deps --compile $wheel.FullName

$exe = Join-Path $Target "Scripts\ordreview.exe"
& $exe --selftest
Write-Host "ordreview installed: $exe"
Write-Host "Start menu shortcut: run '$exe' (window) or add a shortcut to it."
