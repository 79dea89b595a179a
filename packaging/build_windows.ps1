# Build the Windows one-folder bundle and the per-user installer.
# Usage (PowerShell, Python 3.12 64-bit, Inno Setup 6 optional for the installer):
#   powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
# Offline build machine: install from the wheelhouse first (packaging\wheelhouse\install_offline.ps1 -Target build\venv-bundle)
# and put pyinstaller's wheels in the same wheelhouse.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$venv = "build\venv-bundle"
if (-not (Test-Path "$venv\Scripts\python.exe")) { py -3.12 -m venv $venv }
& "$venv\Scripts\python.exe" -m pip install -q . "pyinstaller>=6.5"

New-Item -ItemType Directory -Force build\translations | Out-Null
Get-ChildItem resources\translations -Filter *.ts -ErrorAction SilentlyContinue | ForEach-Object {
    & "$venv\Scripts\pyside6-lrelease.exe" -silent $_.FullName -qm ("build\translations\" + $_.BaseName + ".qm")
}
& "$venv\Scripts\python.exe" packaging\make_icon.py build\icon | Out-Null
if (Test-Path build\licenses) { Remove-Item -Recurse -Force build\licenses }
& "$venv\Scripts\python.exe" packaging\collect_licenses.py build\licenses | Out-Null

& "$venv\Scripts\pyinstaller.exe" --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller packaging\ordreview.spec
& "dist\ordreview\ordreview-cli.exe" --selftest
if ($LASTEXITCODE -ne 0) { throw "selftest failed" }

$iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
if (Test-Path $iscc) {
    $version = (& "$venv\Scripts\python.exe" -c "import ordreview; print(ordreview.__version__)")
    & $iscc "/DAppVersion=$version" packaging\ordreview.iss
    Write-Host "installer: dist\ordreview-setup-$version.exe"
} else {
    Write-Host "Inno Setup 6 not found: bundle is in dist\ordreview (zip it, or install Inno Setup for the installer)"
}
