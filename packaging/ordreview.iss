; Inno Setup 6 script: per-user install of the one-folder bundle, no admin rights.
; Build: ISCC.exe /DAppVersion=0.1.0 packaging\ordreview.iss   (build_windows.ps1 does it)
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6B1F2C9E-7A3D-4E52-9C1B-0D5E8A4F3B21}
AppName=ordreview
AppVerName=ordreview {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=ordreview developers
DefaultDirName={localappdata}\Programs\ordreview
DefaultGroupName=ordreview
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename=ordreview-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\ordreview.exe
LicenseFile=..\LICENSE
ShowLanguageDialog=no

[Languages]
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\ordreview\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\ordreview\ordreview"; Filename: "{app}\ordreview.exe"
Name: "{userprograms}\ordreview\{cm:UninstallProgram,ordreview}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\ordreview"; Filename: "{app}\ordreview.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ordreview.exe"; Description: "{cm:LaunchProgram,ordreview}"; Flags: nowait postinstall skipifsilent

; The review database and settings live in the user's data folder and are kept on uninstall.
